using System.Diagnostics;

namespace MlPlatform.Scheduler.Storage.Tests;

/// <summary>
/// The connection string of the test PostgreSQL server: <c>MLPLATFORM_TEST_POSTGRES</c> when set (./build.sh test sets
/// it), otherwise obtained by running <c>build/scripts/prepare-postgres.sh</c>. Never skips: no server is a failure.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "MLPLATFORM_TEST_POSTGRES";

    private static readonly Lazy<string> Connection = new(Resolve);

    public static string ConnectionString => Connection.Value;

    private static string Resolve()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        var script = FindScript();
        var start = new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start bash");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed with exit code {process.ExitCode}: {stderr.Result}");
        }

        const string prefix = "export " + Variable + "=";
        var line = stdout.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{script} did not print '{prefix}…'; stdout was: {stdout}");
        return line[prefix.Length..].Trim().Trim('\'');
    }

    private static string FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "build", "scripts", "prepare-postgres.sh");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{Variable} is not set and build/scripts/prepare-postgres.sh was not found above {AppContext.BaseDirectory}");
    }
}
