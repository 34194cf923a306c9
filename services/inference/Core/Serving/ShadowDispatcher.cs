using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using MlPlatform.Inference.Observability;
using MlPlatform.Inference.Protocol;
using MlPlatform.Inference.Rollout;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Serving;

/// <summary>
/// Sends a copy of sampled requests to the shadow version after the caller has its answer, compares the two answers
/// and records the result; never more than the model's shadow slots at once (the rest are counted as dropped).
/// </summary>
internal sealed class ShadowDispatcher(EngineSettings settings, InferenceMetrics metrics, TimeProvider time, ILogger logger)
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    /// <summary>
    /// Starts the shadow inference of <paramref name="inputs"/> (which the caller may reuse at once: they are copied)
    /// and returns without waiting for it.
    /// </summary>
    public void Start(ModelState state, ModelSnapshot snapshot, string primary, string shadowVersion, IReadOnlyList<InferTensor> inputs, IReadOnlyList<string> outputs, IReadOnlyList<InferTensor> answer)
    {
        if (!snapshot.Versions.TryGetValue(shadowVersion, out var shadow) || !state.ShadowSlots.Wait(0))
        {
            state.Shadow.RecordDropped();
            metrics.ShadowCompared(state.Name, shadowVersion, "dropped");
            return;
        }

        if (!shadow.TryAcquire())
        {
            state.ShadowSlots.Release();
            state.Shadow.RecordDropped();
            metrics.ShadowCompared(state.Name, shadowVersion, "dropped");
            return;
        }

        // The HTTP layer rents request bodies, which the inputs point into and the caller reuses once answered.
        IReadOnlyList<InferTensor> detached = [.. inputs.Select(Detached)];
        var tolerance = settings.RoutingFor(state.Name).ShadowTolerance;
        var task = Task.Run(async () =>
        {
            try
            {
                var result = await shadow.Batcher.InferAsync(detached, outputs).ConfigureAwait(false);
                var (match, difference, what) = ShadowComparer.Compare(answer, result, tolerance);
                state.Shadow.Record(new ShadowComparison(time.GetUtcNow(), primary, shadowVersion, match, difference, what));
                metrics.ShadowCompared(state.Name, shadowVersion, match ? "match" : "mismatch");
                if (!match)
                {
                    EngineLog.ShadowMismatch(logger, state.Name, shadowVersion, primary, what);
                }
            }
            catch (InferenceException)
            {
                state.Shadow.RecordError();
                metrics.ShadowCompared(state.Name, shadowVersion, "error");
            }
            finally
            {
                shadow.Release();
                state.ShadowSlots.Release();
            }
        });
        _running[task] = 0;
        task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Completes when every shadow inference started so far has finished.</summary>
    public Task WhenAllAsync() => Task.WhenAll(_running.Keys);

    private static InferTensor Detached(InferTensor tensor) => new(tensor.Name, tensor.DataType, tensor.Shape, tensor.Data.ToArray());
}
