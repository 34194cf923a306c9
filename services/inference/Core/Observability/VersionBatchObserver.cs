using MlPlatform.Inference.Batching;

namespace MlPlatform.Inference.Observability;

/// <summary>Feeds one model version's batcher events into <see cref="InferenceMetrics"/>.</summary>
public sealed class VersionBatchObserver(InferenceMetrics metrics, string model, string version) : IBatchObserver
{
    /// <inheritdoc/>
    public void QueueDepthChanged(int depth) => metrics.QueueDepth(model, version, depth);

    /// <inheritdoc/>
    public void Waited(TimeSpan wait) => metrics.QueueWait(model, version, wait);

    /// <inheritdoc/>
    public void Executed(int requests, long rows, TimeSpan compute) => metrics.BatchExecuted(model, version, rows, compute);
}
