namespace MlPlatform.Inference.Runtime;

/// <summary>ONNX Runtime session options (configuration section <c>Inference:Session</c>).</summary>
public sealed record SessionSettings
{
    /// <summary>Execution provider choice; default <see cref="ExecutionProviderPreference.Auto"/>.</summary>
    public ExecutionProviderPreference ExecutionProvider { get; init; } = ExecutionProviderPreference.Auto;

    /// <summary>CUDA device id when CUDA is used.</summary>
    public int DeviceId { get; init; }

    /// <summary>Threads inside one operator; 0 = ONNX Runtime's default (one per physical core).</summary>
    public int IntraOpThreads { get; init; }

    /// <summary>Threads across independent operators; 0 = default.</summary>
    public int InterOpThreads { get; init; }

    /// <summary>Graph optimisation level: <c>None</c>, <c>Basic</c>, <c>Extended</c> or <c>All</c>.</summary>
    public string GraphOptimizationLevel { get; init; } = "All";

    /// <summary>
    /// Let ONNX Runtime's intra-op threads spin while waiting for work. Off by default: in a server the spinning threads
    /// take CPU from request handling; on dedicated cores, turning it on can shave latency.
    /// </summary>
    public bool AllowSpinning { get; init; }

    /// <summary>Run independent operators in parallel (uses <see cref="InterOpThreads"/>).</summary>
    public bool ParallelExecution { get; init; }
}
