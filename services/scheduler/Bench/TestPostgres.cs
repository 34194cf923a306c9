using System.Diagnostics;

namespace MlPlatform.Scheduler.Bench;

/// <summary>The PostgreSQL server the project's test scripts start, for the durable-submit benchmark.</summary>
internal static class TestPostgres
{
    public static string ConnectionString()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("MLPLATFORM_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        string? script = null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null && script is null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "build", "scripts", "prepare-postgres.sh");
            script = File.Exists(candidate) ? candidate : null;
        }

        if (script is null)
        {
            throw new FileNotFoundException("MLPLATFORM_TEST_POSTGRES is not set and build/scripts/prepare-postgres.sh was not found");
        }

        using var process = Process.Start(new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        const string prefix = "export MLPLATFORM_TEST_POSTGRES=";
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{script} printed no connection string");
        return line[prefix.Length..].Trim().Trim('\'');
    }
}
