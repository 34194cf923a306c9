using System.Diagnostics;
using System.Net.Http.Headers;
using MlPlatform.Inference.Protocol;

namespace MlPlatform.Inference.Bench;

/// <summary>Closed-loop HTTP load: <c>concurrency</c> clients each sending one binary-tensor request at a time.</summary>
public static class HttpScenario
{
    /// <summary>Runs the load for <paramref name="duration"/> after a short warm-up.</summary>
    public static async Task<ScenarioResult> RunAsync(ServerProcess server, string key, string label, int concurrency, TimeSpan duration)
    {
        var encoded = OipClientCodec.EncodeRequest([ClassifierInput.Create(1)], binaryInputs: true, binaryOutputs: true);
        var body = encoded.Body.ToArray();
        var headerLength = encoded.JsonHeaderLength!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false };
        using var client = new HttpClient(handler) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
        var path = new Uri("/v2/models/ocr-cls/infer", UriKind.Relative);

        async Task<bool> SendAsync()
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Headers.Add(OipHeaders.InferenceHeaderContentLength, headerLength);
            using var response = await client.PostAsync(path, content).ConfigureAwait(false);
            await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }

        async Task<(List<double> Latencies, long Errors)> WorkerAsync(long until, bool measure)
        {
            var latencies = new List<double>();
            long errors = 0;
            while (Stopwatch.GetTimestamp() < until)
            {
                var t = Stopwatch.GetTimestamp();
                var ok = await SendAsync().ConfigureAwait(false);
                if (measure)
                {
                    if (ok)
                    {
                        latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                    }
                    else
                    {
                        errors++;
                    }
                }
            }

            return (latencies, errors);
        }

        var warmupUntil = Stopwatch.GetTimestamp() + Stopwatch.Frequency;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => WorkerAsync(warmupUntil, measure: false)))).ConfigureAwait(false);
        var cpu = await CpuMeter.StartAsync(server).ConfigureAwait(false);
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(Stopwatch.Frequency * duration.TotalSeconds);
        var results = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => WorkerAsync(end, measure: true)))).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var used = await cpu.StopAsync().ConfigureAwait(false);
        var all = results.SelectMany(r => r.Latencies).ToList();
        return new ScenarioResult(key, label, all.Count, elapsed, all, results.Sum(r => r.Errors), used.ServerCpu, used.ClientCpu)
        {
            ServerSystemCpu = used.ServerSystemCpu,
            ServerCollections = used.Collections,
            ServerAllocatedBytes = used.AllocatedBytes,
        };
    }
}
