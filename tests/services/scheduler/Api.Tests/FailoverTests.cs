using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MlPlatform.Scheduler.Storage.Tests;
using Xunit.Abstractions;

namespace MlPlatform.Scheduler.Api.Tests;

/// <summary>
/// Two real scheduler replicas on one PostgreSQL database and one run directory, with the default lease settings:
/// exactly one leads; SIGKILL the leader with jobs queued and running; the follower takes over within 15 s, every
/// accepted job finishes, and no job ran twice (each run appends its job id and attempt to a shared log).
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output) : IDisposable
{
    private const int Jobs = 14;
    private static readonly TimeSpan TakeoverLimit = TimeSpan.FromSeconds(15);
    private readonly string _directory = Directory.CreateTempSubdirectory("sched-failover-").FullName;
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

    [Fact]
    public async Task KillingTheLeaderHandsTheLoopToTheFollowerWithinFifteenSecondsLosingAndRepeatingNothing()
    {
        var ranLog = Path.Combine(_directory, "ran.log");
        var schema = $"failover_{Guid.NewGuid():N}"[..40];
        var (first, firstClient) = StartReplica(schema);
        await SchedulerProcesses.WaitReady(firstClient);
        await WaitForRole(firstClient, "leader", TimeSpan.FromSeconds(20));
        var (_, secondClient) = StartReplica(schema);
        await SchedulerProcesses.WaitReady(secondClient);
        Assert.Equal("follower", await Role(secondClient));

        // Both replicas accept jobs: half the submits go to the follower. Four GPUs each: the team's quota and what it
        // may borrow run a few at a time, so some are still queued at the kill.
        var ids = new List<string>();
        for (var i = 0; i < Jobs; i++)
        {
            var client = i % 2 == 0 ? firstClient : secondClient;
            var response = await client.PostAsJsonAsync("/v1/jobs", Requests.Job($"echo \"$MLPLATFORM_JOB_ID $MLPLATFORM_ATTEMPT\" >> {ranLog}; sleep 1.5", gpus: 4, clientKey: $"failover-{i}"));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            ids.Add((await response.Json()).GetProperty("id").GetString()!);
        }

        // Kill once some jobs run and others still wait.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((!File.Exists(ranLog) || File.ReadAllLines(ranLog).Length < 2) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var states = await States(secondClient, ids);
        Assert.True(states.Any(s => s.StartsWith("Running", StringComparison.Ordinal)) && states.Any(s => s.StartsWith("Pending", StringComparison.Ordinal)), $"at the kill, jobs should be running and pending: {string.Join(", ", states)}");

        first.Kill(); // SIGKILL: no lease release, the lease must lapse
        var killedAt = Stopwatch.StartNew();
        await first.WaitForExitAsync();
        await WaitForRole(secondClient, "leader", TakeoverLimit + TimeSpan.FromSeconds(5));
        var takeover = killedAt.Elapsed;
        output.WriteLine($"takeover after SIGKILL: {takeover.TotalSeconds:F1} s");
        Assert.True(takeover < TakeoverLimit, $"the follower took over after {takeover.TotalSeconds:F1} s");

        foreach (var id in ids)
        {
            var job = await Requests.WaitForState(secondClient, id, TimeSpan.FromSeconds(90), "Succeeded", "Failed", "Cancelled");
            Assert.Equal("Succeeded", job.GetProperty("state").GetString());
        }

        var runs = File.ReadAllLines(ranLog).Where(l => l.Length > 0).Select(l => l.Split(' ')[0]).ToList();
        Assert.Equal(ids.Order(), runs.Order());
        Assert.Contains("scheduler_leader 1", await secondClient.GetStringAsync("/metrics"), StringComparison.Ordinal);
    }

    private (Process Process, HttpClient Client) StartReplica(string schema)
    {
        var port = SchedulerProcesses.FreePort();
        var process = _processes.Start(
        [
            $"--urls=http://127.0.0.1:{port}",
            "--Service:JsonLogs=false",
            "--Scheduler:CycleInterval=00:00:00.200",
            "--Scheduler:Policy:RetryBackoff=00:00:00.500",
            "--Scheduler:Policy:MaxRetryBackoff=00:00:02",
            $"--Scheduler:AdminToken={SchedulerApiFactory.AdminToken}",
            $"--Scheduler:Teams:0:Token={SchedulerApiFactory.VisionToken}",
            $"--Scheduler:Teams:1:Token={SchedulerApiFactory.NlpToken}",
            $"--Scheduler:Executor:WorkDirectory={Path.Combine(_directory, "runs")}",
            "--Scheduler:Store:Provider=postgres",
            $"--Scheduler:Store:PostgresConnectionString={PostgresServer.ConnectionString}",
            $"--Scheduler:Store:PostgresSchema={schema}",
        ]);
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", SchedulerApiFactory.VisionToken);
        return (process, client);
    }

    private static async Task<string?> Role(HttpClient client)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/readyz"));
        return document.RootElement.GetProperty("checks").GetProperty("leadership").GetProperty("data").GetProperty("role").GetString();
    }

    private static async Task WaitForRole(HttpClient client, string role, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        string? seen = null;
        while (DateTime.UtcNow < deadline)
        {
            seen = await Role(client);
            if (seen == role)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"the replica was still '{seen}' after {limit.TotalSeconds} s, not '{role}'");
    }

    private static async Task<List<string>> States(HttpClient client, IEnumerable<string> ids)
    {
        var states = new List<string>();
        foreach (var id in ids)
        {
            var job = await (await client.GetAsync($"/v1/jobs/{id}")).Json();
            var reason = job.TryGetProperty("reason", out var r) ? r.ToString() : string.Empty;
            states.Add($"{job.GetProperty("state").GetString()} {reason}".Trim());
        }

        return states;
    }
}
