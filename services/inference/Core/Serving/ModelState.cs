using MlPlatform.Inference.Rollout;

namespace MlPlatform.Inference.Serving;

/// <summary>A served model: the current <see cref="ModelSnapshot"/> plus its canary monitor and shadow record.</summary>
public sealed class ModelState
{
    private ModelSnapshot _snapshot;

    /// <summary>Creates the state with its first snapshot.</summary>
    public ModelState(string name, ModelSnapshot snapshot, CanaryMonitor monitor, ShadowRecorder shadow, int maxConcurrentShadows)
    {
        Name = name;
        _snapshot = snapshot;
        Monitor = monitor;
        Shadow = shadow;
        ShadowSlots = new SemaphoreSlim(maxConcurrentShadows, maxConcurrentShadows);
    }

    /// <summary>The model name.</summary>
    public string Name { get; }

    /// <summary>The current snapshot (read once per request).</summary>
    public ModelSnapshot Snapshot => Volatile.Read(ref _snapshot);

    /// <summary>The canary comparison window.</summary>
    public CanaryMonitor Monitor { get; }

    /// <summary>The shadow record.</summary>
    public ShadowRecorder Shadow { get; }

    /// <summary>Limits concurrent shadow inferences.</summary>
    internal SemaphoreSlim ShadowSlots { get; }

    /// <summary>Publishes a new snapshot atomically.</summary>
    internal void Publish(ModelSnapshot snapshot) => Volatile.Write(ref _snapshot, snapshot);
}
