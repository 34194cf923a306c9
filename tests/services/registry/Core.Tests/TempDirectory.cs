namespace MlPlatform.Registry.Tests;

/// <summary>A directory under the system temp folder, deleted on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mlp-registry-" + Guid.NewGuid().ToString("N"));

    /// <summary>A model folder with a model.onnx of <paramref name="content"/> (and optional extra files).</summary>
    public string Model(string name, string content, params (string File, string Content)[] extra)
    {
        var folder = System.IO.Path.Combine(Path, "src", name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(System.IO.Path.Combine(folder, "model.onnx"), content);
        foreach (var (file, text) in extra)
        {
            File.WriteAllText(System.IO.Path.Combine(folder, file), text);
        }

        return folder;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
