using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace MlPlatform.Scheduler.Bench;

/// <summary>
/// Durable submits per second through the real HTTP API: the service runs as a child process on loopback (scheduling
/// loop paused so only submits are measured); 16 concurrent clients POST jobs for a fixed time; a submit counts when the
/// 201 arrived, i.e. after the store committed it.
/// </summary>
internal static class HttpSubmitBench
{
    private const string Token = "bench-admin-token-0123456789";
    private const int Clients = 16;
    private const int BatchClients = 4;
    private const int BatchSize = 50;
    private static readonly string[] Command = ["true"];

    public static async Task RunAsync(string store, string? connectionString, double seconds, Figures figures)
    {
        var directory = Directory.CreateTempSubdirectory("sched-bench-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "MlPlatform.Scheduler.Api.dll"),
            $"--urls=http://127.0.0.1:{port}",
            "--Logging:LogLevel:Default=Warning",
            "--Scheduler:CycleInterval=00:10:00",
            $"--Scheduler:AdminToken={Token}",
            "--Scheduler:Teams:0:Token=bench-vision-token-0123456789",
            "--Scheduler:Teams:1:Token=bench-nlp-token-0123456789",
            $"--Scheduler:Store:Provider={store}",
            $"--Scheduler:Store:SqlitePath={Path.Combine(directory, "bench.db")}",
            $"--Scheduler:Store:PostgresConnectionString={connectionString}",
            $"--Scheduler:Store:PostgresSchema=bench_{Guid.NewGuid():N}"[..45],
            $"--Scheduler:Executor:WorkDirectory={Path.Combine(directory, "runs")}",
        })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
            await WaitReady(client).ConfigureAwait(false);
            var run = await MeasureAsync(Clients, seconds, async (worker, i) =>
            {
                using var response = await client.PostAsJsonAsync("/v1/jobs", Job(worker, $"bench-{worker}-{i}")).ConfigureAwait(false);
                return response.StatusCode == HttpStatusCode.Created ? (1, 0) : (0, 1);
            }).ConfigureAwait(false);
            var section = $"Durable submits over HTTP ({Clients} clients, {seconds:0} s)";
            figures.Add(section, $"http_submits_per_second_{store}", run.Created / run.Seconds, "submits/s");
            figures.Add(section, $"http_submit_p50_ms_{store}", run.Percentile(0.5), "ms");
            figures.Add(section, $"http_submit_p99_ms_{store}", run.Percentile(0.99), "ms");
            figures.Add(section, $"http_submit_errors_{store}", run.Failed, "responses other than 201");
            await BatchesAsync(client, store, seconds, figures).ConfigureAwait(false);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // Left for the temp cleaner.
            }
        }
    }

    // The same server, now with POST /v1/jobs/batch: a sweep submitted as batches, every job of a batch durable before
    // the answer. Throughput counts jobs; latency is per batch (a job is acknowledged with its batch).
    private static async Task BatchesAsync(HttpClient client, string store, double seconds, Figures figures)
    {
        // The batch endpoint and its serializers are cold after the single submits: warm them outside the measurement.
        for (var warm = 0; warm < 20; warm++)
        {
            using var response = await client.PostAsJsonAsync("/v1/jobs/batch", Batch(0, $"warm-{warm}")).ConfigureAwait(false);
        }

        var run = await MeasureAsync(BatchClients, seconds, async (worker, b) =>
        {
            using var response = await client.PostAsJsonAsync("/v1/jobs/batch", Batch(worker, $"batch-{worker}-{b}")).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return (0, BatchSize);
            }

            using var answer = JsonDocument.Parse(await response.Content.ReadAsStreamAsync().ConfigureAwait(false));
            var made = answer.RootElement.GetProperty("created").GetInt32();
            return (made, BatchSize - made);
        }).ConfigureAwait(false);
        var section = $"Durable submits in batches of {BatchSize} over HTTP ({BatchClients} clients, {seconds:0} s)";
        figures.Add(section, $"http_batch_submits_per_second_{store}", run.Created / run.Seconds, "jobs/s");
        figures.Add(section, $"http_batch_submit_p50_ms_{store}", run.Percentile(0.5), "ms per batch");
        figures.Add(section, $"http_batch_submit_p99_ms_{store}", run.Percentile(0.99), "ms per batch");
        figures.Add(section, $"http_batch_submit_errors_{store}", run.Failed, "jobs not created");
    }

    private static object Batch(int worker, string key) => new { jobs = Enumerable.Range(0, BatchSize).Select(i => Job(worker, $"{key}-{i}")).ToArray() };

    private static object Job(int worker, string clientKey) => new
    {
        team = worker % 2 == 0 ? "vision" : "nlp",
        queue = "default",
        gpus = 1,
        cpu = 2,
        memoryGiB = 8,
        image = "registry.example/train@sha256:" + new string('a', 64),
        command = Command,
        expectedDurationSeconds = 600,
        clientKey,
    };

    /// <summary>
    /// <paramref name="clients"/> workers send requests back to back for <paramref name="seconds"/>; each request returns
    /// how many jobs it created and failed; every request's latency is kept.
    /// </summary>
    private static async Task<Measurement> MeasureAsync(int clients, double seconds, Func<int, int, Task<(int Created, int Failed)>> send)
    {
        var created = 0;
        var failed = 0;
        var latencies = new List<double>();
        var stop = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(async worker =>
        {
            var mine = new List<double>();
            for (var i = 0; stop.Elapsed.TotalSeconds < seconds; i++)
            {
                var sent = Stopwatch.GetTimestamp();
                var (made, lost) = await send(worker, i).ConfigureAwait(false);
                mine.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                Interlocked.Add(ref created, made);
                Interlocked.Add(ref failed, lost);
            }

            lock (latencies)
            {
                latencies.AddRange(mine);
            }
        }).ToList();
        await Task.WhenAll(workers).ConfigureAwait(false);
        latencies.Sort();
        return new Measurement(created, failed, stop.Elapsed.TotalSeconds, latencies);
    }

    private sealed record Measurement(int Created, int Failed, double Seconds, List<double> Latencies)
    {
        public double Percentile(double q) => Latencies.Count == 0 ? 0 : Latencies[Math.Min(Latencies.Count - 1, (int)(Latencies.Count * q))];
    }

    private static async Task WaitReady(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await client.GetAsync("/readyz").ConfigureAwait(false)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        throw new TimeoutException("the scheduler did not become ready");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
