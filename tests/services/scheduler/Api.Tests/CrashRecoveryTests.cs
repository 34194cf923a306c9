using System.Net;
using System.Net.Http.Json;
using MlPlatform.Scheduler.Storage.Tests;

namespace MlPlatform.Scheduler.Api.Tests;

/// <summary>
/// Starts the real service as a child process, submits jobs while it works, kills it with SIGKILL mid-work, restarts it
/// on the same state, resubmits every client key, and proves that every accepted job survives, finishes, and ran exactly
/// once (each run appends its job id and attempt to a shared log).
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const int Jobs = 30;
    private readonly string _directory = Directory.CreateTempSubdirectory("sched-crash-").FullName;
    private readonly SchedulerProcesses _processes = new();

    public void Dispose()
    {
        _processes.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner if a job process still holds a file.
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task KillMinusNineLosesNoAcceptedJobAndRunsNoneTwice(string store)
    {
        var port = SchedulerProcesses.FreePort();
        var ranLog = Path.Combine(_directory, "ran.log");
        var args = new List<string>
        {
            $"--urls=http://127.0.0.1:{port}",
            "--Service:JsonLogs=false",
            "--Scheduler:CycleInterval=00:00:00.100",

            // A kill between writing a run's start marker and starting its process is a transient start failure,
            // retried after back-off: keep the back-off short so that retry lands inside the test's wait.
            "--Scheduler:Policy:RetryBackoff=00:00:00.500",
            "--Scheduler:Policy:MaxRetryBackoff=00:00:02",
            $"--Scheduler:AdminToken={SchedulerApiFactory.AdminToken}",
            $"--Scheduler:Teams:0:Token={SchedulerApiFactory.VisionToken}",
            $"--Scheduler:Teams:1:Token={SchedulerApiFactory.NlpToken}",
            $"--Scheduler:Executor:WorkDirectory={Path.Combine(_directory, "runs")}",
            $"--Scheduler:Store:Provider={store}",
            $"--Scheduler:Store:SqlitePath={Path.Combine(_directory, "scheduler.db")}",
        };
        if (store == "postgres")
        {
            args.Add($"--Scheduler:Store:PostgresConnectionString={PostgresServer.ConnectionString}");
            args.Add($"--Scheduler:Store:PostgresSchema=crash_{Guid.NewGuid():N}"[..55]);
        }

        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", SchedulerApiFactory.VisionToken);

        var first = _processes.Start(args);
        await SchedulerProcesses.WaitReady(client);

        // Each run records "<job id> <attempt>" when it starts, then works for a moment.
        var accepted = new Dictionary<string, string>();
        var submitter = Task.Run(async () =>
        {
            for (var i = 0; i < Jobs; i++)
            {
                try
                {
                    var response = await client.PostAsJsonAsync("/v1/jobs", Requests.Job($"echo \"$MLPLATFORM_JOB_ID $MLPLATFORM_ATTEMPT\" >> {ranLog}; sleep 0.4", clientKey: $"crash-{i}"));
                    if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                    {
                        var id = (await response.Json()).GetProperty("id").GetString()!;
                        lock (accepted)
                        {
                            accepted[$"crash-{i}"] = id;
                        }
                    }
                }
                catch (HttpRequestException)
                {
                    // The server was killed under this request: not accepted as far as the client knows.
                }
                catch (TaskCanceledException)
                {
                }

                await Task.Delay(20);
            }
        });

        // Kill mid-work: once some runs have started and submits are still arriving.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((!File.Exists(ranLog) || File.ReadAllLines(ranLog).Length < 3 || Count(accepted) < 8) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        first.Kill(); // SIGKILL
        await first.WaitForExitAsync();
        Dictionary<string, string> acceptedBeforeKill;
        lock (accepted)
        {
            acceptedBeforeKill = new Dictionary<string, string>(accepted);
        }

        await submitter;
        Assert.True(acceptedBeforeKill.Count >= 8, $"only {acceptedBeforeKill.Count} jobs were accepted before the kill");

        _processes.Start(args);
        await SchedulerProcesses.WaitReady(client);

        // Resubmit every key: accepted ones must come back with the same id, the rest are created now.
        var ids = new Dictionary<string, string>();
        for (var i = 0; i < Jobs; i++)
        {
            var response = await client.PostAsJsonAsync("/v1/jobs", Requests.Job($"echo \"$MLPLATFORM_JOB_ID $MLPLATFORM_ATTEMPT\" >> {ranLog}; sleep 0.4", clientKey: $"crash-{i}"));
            Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"resubmit crash-{i}: {response.StatusCode}");
            ids[$"crash-{i}"] = (await response.Json()).GetProperty("id").GetString()!;
        }

        foreach (var (key, id) in acceptedBeforeKill)
        {
            Assert.Equal(id, ids[key]);
        }

        foreach (var id in ids.Values)
        {
            var job = await Requests.WaitForState(client, id, "Succeeded", "Failed", "Cancelled");
            Assert.Equal("Succeeded", job.GetProperty("state").GetString());
        }

        var runs = File.ReadAllLines(ranLog).Where(l => l.Length > 0).Select(l => l.Split(' ')[0]).ToList();
        Assert.Equal(ids.Values.Order(), runs.Order());
    }

    private static int Count(Dictionary<string, string> accepted)
    {
        lock (accepted)
        {
            return accepted.Count;
        }
    }
}
