using System.Diagnostics;
using MlPlatform.Inference.Runtime;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Bench;

/// <summary>The ceiling: ONNX Runtime called directly, one batch at a time, same session options as the server.</summary>
public static class InProcessScenario
{
    /// <summary>Runs the classifier at <paramref name="batch"/> for <paramref name="duration"/> after a short warm-up.</summary>
    public static ScenarioResult Run(string modelPath, int batch, TimeSpan duration)
    {
        using var executor = new OnnxModelExecutorFactory(new SessionSettings()).Create(modelPath);
        var input = ClassifierInput.Create(batch);
        var warmupUntil = Stopwatch.GetTimestamp() + (long)(Stopwatch.Frequency * 0.5);
        while (Stopwatch.GetTimestamp() < warmupUntil)
        {
            executor.Run([input], []);
        }

        var latencies = new List<double>();
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(Stopwatch.Frequency * duration.TotalSeconds);
        long images = 0;
        while (Stopwatch.GetTimestamp() < end)
        {
            var t = Stopwatch.GetTimestamp();
            executor.Run([input], []);
            latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            images += batch;
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        self.Refresh();
        return new ScenarioResult($"inprocess_b{batch}", $"in-process ORT, batch {batch}", images, elapsed, latencies, 0, self.TotalProcessorTime - cpuBefore);
    }
}
