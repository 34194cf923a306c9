using MlPlatform.Inference.Batching;
using MlPlatform.Inference.Repository;
using MlPlatform.Inference.Runtime;

namespace MlPlatform.Inference.Serving;

/// <summary>
/// One loaded, warmed-up model version with its batcher. Requests hold a lease while they use it; retiring waits for
/// every lease to end, drains the batcher and only then disposes the session, so a hot swap fails no request.
/// </summary>
public sealed class LoadedModelVersion
{
    private readonly TaskCompletionSource _idle = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _leases;
    private int _retiring;

    /// <summary>Wraps a warmed-up executor.</summary>
    public LoadedModelVersion(string model, string version, ModelVersionMetadata metadata, IModelExecutor executor, DynamicBatcher batcher)
    {
        Model = model;
        Version = version;
        Metadata = metadata;
        Executor = executor;
        Batcher = batcher;
    }

    /// <summary>The model name.</summary>
    public string Model { get; }

    /// <summary>The version.</summary>
    public string Version { get; }

    /// <summary>The version's metadata.</summary>
    public ModelVersionMetadata Metadata { get; }

    /// <summary>The session.</summary>
    public IModelExecutor Executor { get; }

    /// <summary>The version's queue and workers.</summary>
    public DynamicBatcher Batcher { get; }

    /// <summary>Takes a lease; false once the version is retiring (route again).</summary>
    public bool TryAcquire()
    {
        Interlocked.Increment(ref _leases);
        if (Volatile.Read(ref _retiring) == 0)
        {
            return true;
        }

        Release();
        return false;
    }

    /// <summary>Ends a lease.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _leases) == 0 && Volatile.Read(ref _retiring) != 0)
        {
            _idle.TrySetResult();
        }
    }

    /// <summary>Refuses new leases, waits for current ones, drains the batcher and disposes the session.</summary>
    public async Task RetireAsync()
    {
        if (Interlocked.Exchange(ref _retiring, 1) == 0 && Volatile.Read(ref _leases) == 0)
        {
            _idle.TrySetResult();
        }

        Batcher.Flush();
        await _idle.Task.ConfigureAwait(false);
        await Batcher.DrainAsync().ConfigureAwait(false);
        Executor.Dispose();
    }
}
