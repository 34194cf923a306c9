using System.ComponentModel.DataAnnotations;

namespace MlPlatform.Inference.Batching;

/// <summary>Dynamic batching for one model (configuration <c>Inference:Batching</c>, per model <c>Inference:Models:&lt;name&gt;:Batching</c>).</summary>
public sealed record BatchingSettings
{
    /// <summary>Largest batch (rows along the batch axis) one execution takes; 1 turns batching off.</summary>
    [Range(1, 4096)]
    public int MaxBatchSize { get; init; } = 32;

    /// <summary>How long the oldest queued request may wait for a batch to fill.</summary>
    public TimeSpan MaxQueueDelay { get; init; } = TimeSpan.FromMilliseconds(2);

    /// <summary>Batch sizes dispatched as soon as they are reached (each ≤ <see cref="MaxBatchSize"/>).</summary>
    public IReadOnlyList<int> PreferredBatchSizes { get; init; } = [];

    /// <summary>
    /// When no batch is executing, dispatch what is queued at once instead of waiting up to <see cref="MaxQueueDelay"/>:
    /// waiting only pays off while the model is busy (work-conserving batching; low latency at low load, full batches under load).
    /// False gives strict Triton-style delay semantics.
    /// </summary>
    public bool DispatchWhenIdle { get; init; } = true;

    /// <summary>Queued requests allowed per model version; beyond it requests get 429 with Retry-After.</summary>
    [Range(1, 1_000_000)]
    public int MaxQueueSize { get; init; } = 256;

    /// <summary>Batches that may execute at the same time (like Triton's instance count).</summary>
    [Range(1, 64)]
    public int Instances { get; init; } = 1;

    /// <summary>The Retry-After a 429 carries.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);
}
