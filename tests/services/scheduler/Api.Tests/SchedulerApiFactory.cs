using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace MlPlatform.Scheduler.Api.Tests;

/// <summary>
/// The real service in memory: appsettings.json's pools, teams and queues, plus a small team "tiny" for quota and
/// budget refusals, a fresh SQLite file (or PostgreSQL schema) and local executor directory per factory, a fast cycle.
/// </summary>
public sealed class SchedulerApiFactory : WebApplicationFactory<Program>
{
    public const string AdminToken = "test-admin-token-0123456789";
    public const string VisionToken = "test-vision-token-0123456789";
    public const string NlpToken = "test-nlp-token-0123456789";
    public const string TinyToken = "test-tiny-token-0123456789";

    private readonly string _directory = Directory.CreateTempSubdirectory("sched-api-").FullName;

    public Dictionary<string, string?> Settings { get; } = [];

    public string WorkDirectory => Path.Combine(_directory, "runs");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Service:JsonLogs"] = "false",
            ["Scheduler:CycleInterval"] = "00:00:00.100",
            ["Scheduler:AdminToken"] = AdminToken,
            ["Scheduler:Store:Provider"] = "sqlite",
            ["Scheduler:Store:SqlitePath"] = Path.Combine(_directory, "scheduler.db"),
            ["Scheduler:Executor:WorkDirectory"] = WorkDirectory,
            ["Scheduler:Teams:0:Token"] = VisionToken,
            ["Scheduler:Teams:1:Token"] = NlpToken,
            ["Scheduler:Teams:2:Name"] = "tiny",
            ["Scheduler:Teams:2:Token"] = TinyToken,
            ["Scheduler:Teams:2:GpuQuota"] = "2",
            ["Scheduler:Teams:2:MonthlyBudgetUsd"] = "1",
            ["Scheduler:Teams:2:CanBorrow"] = "false",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A job process may still be writing its log; the OS cleans the temp directory.
            }
        }
    }

    public HttpClient ClientWith(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
