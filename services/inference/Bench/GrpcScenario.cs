using System.Diagnostics;
using Google.Protobuf;
using Grpc.Net.Client;
using MlPlatform.Inference.Api.Grpc.V2;

namespace MlPlatform.Inference.Bench;

/// <summary>Closed-loop gRPC load over h2c: <c>concurrency</c> callers on one channel, each with one raw-tensor ModelInfer at a time.</summary>
public static class GrpcScenario
{
    /// <summary>Runs the load for <paramref name="duration"/> after a short warm-up.</summary>
    public static async Task<ScenarioResult> RunAsync(ServerProcess server, string key, string label, int concurrency, TimeSpan duration)
    {
        var input = ClassifierInput.Create(1);
        var request = new ModelInferRequest { ModelName = "ocr-cls" };
        var tensor = new ModelInferRequest.Types.InferInputTensor { Name = input.Name, Datatype = "FP32" };
        tensor.Shape.Add(input.Shape);
        request.Inputs.Add(tensor);
        request.RawInputContents.Add(ByteString.CopyFrom(input.Data.Span));
        using var channel = GrpcChannel.ForAddress(server.GrpcAddress, new GrpcChannelOptions { MaxReceiveMessageSize = null });
        var client = new GRPCInferenceService.GRPCInferenceServiceClient(channel);

        async Task<(List<double> Latencies, long Errors)> WorkerAsync(long until, bool measure)
        {
            var latencies = new List<double>();
            long errors = 0;
            while (Stopwatch.GetTimestamp() < until)
            {
                var t = Stopwatch.GetTimestamp();
                try
                {
                    await client.ModelInferAsync(request).ResponseAsync.ConfigureAwait(false);
                    if (measure)
                    {
                        latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                    }
                }
                catch (Grpc.Core.RpcException) when (measure)
                {
                    errors++;
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
