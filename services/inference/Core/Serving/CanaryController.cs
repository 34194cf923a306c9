using Microsoft.Extensions.Logging;
using MlPlatform.Inference.Observability;
using MlPlatform.Inference.Rollout;

namespace MlPlatform.Inference.Serving;

/// <summary>
/// Feeds stable and canary outcomes into the model's <see cref="CanaryMonitor"/> and, when the canary is worse than
/// stable over the window, publishes a snapshot without it (under the model's gate, so a concurrent hot swap wins).
/// </summary>
internal sealed class CanaryController(ModelCatalogue catalogue, InferenceMetrics metrics, ILogger logger)
{
    /// <summary>Records a request's outcome while a canary is live; a canary outcome triggers an evaluation.</summary>
    public async Task RecordAsync(ModelState state, string version, bool failed, TimeSpan latency)
    {
        var table = state.Snapshot.Table;
        if (table.Canary is null || (version != table.Stable && version != table.Canary))
        {
            return;
        }

        state.Monitor.Record(version, failed, latency);
        if (version == table.Canary)
        {
            await EvaluateAsync(state.Name).ConfigureAwait(false);
        }
    }

    /// <summary>Moves traffic off the canary when it is worse than stable over the window; returns the verdict.</summary>
    public async Task<RollbackVerdict?> EvaluateAsync(string model)
    {
        var state = catalogue.Find(model);
        var table = state?.Snapshot.Table;
        if (state is null || table?.Canary is null)
        {
            return null;
        }

        var verdict = state.Monitor.Evaluate(table.Stable, table.Canary);
        if (!verdict.RollBack)
        {
            return verdict;
        }

        var gate = catalogue.Gate(model);
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var snapshot = state.Snapshot;
            if (snapshot.Table.Canary != table.Canary)
            {
                return verdict;
            }

            state.Publish(snapshot with { Table = snapshot.Table with { Canary = null }, RolledBackCanary = table.Canary });
            metrics.RolledBack(model, table.Canary);
            EngineLog.RolledBack(logger, model, table.Canary, verdict.Reason, verdict.CanaryErrorRate, verdict.StableErrorRate, verdict.CanaryP99.TotalMilliseconds, verdict.StableP99.TotalMilliseconds);
            return verdict;
        }
        finally
        {
            gate.Release();
        }
    }
}
