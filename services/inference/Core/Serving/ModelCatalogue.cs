using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using MlPlatform.Inference.Observability;
using MlPlatform.Inference.Protocol;
using MlPlatform.Inference.Repository;
using MlPlatform.Inference.Rollout;
using MlPlatform.Inference.Routing;

namespace MlPlatform.Inference.Serving;

/// <summary>
/// The served models and the ones that failed: loads the repository, hot-swaps a model's versions and aliases into a
/// new routing snapshot, and retires versions that left it. One gate per model serialises its reloads and rollbacks.
/// </summary>
internal sealed class ModelCatalogue(IModelRepository repository, VersionLoader loader, EngineSettings settings, InferenceMetrics metrics, TimeProvider time, ILogger logger)
{
    private readonly ConcurrentDictionary<string, ModelState> _models = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Exception> _failedModels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> _failedVersions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    public string Location => repository.Location;

    public IReadOnlyList<string> ModelNames => _models.Keys.Order(StringComparer.Ordinal).ToArray();

    public IReadOnlyDictionary<string, string> FailedModels => _failedModels.ToDictionary(kv => kv.Key, kv => kv.Value.Message);

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> FailedVersions => _failedVersions.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    /// <summary>Every version of every served model (what draining waits for).</summary>
    public LoadedModelVersion[] AllVersions => _models.Values.SelectMany(m => m.Snapshot.Versions.Values).ToArray();

    public ModelState? Find(string name) => _models.TryGetValue(name, out var state) ? state : null;

    public bool Serves(string model) => _models.ContainsKey(model);

    public Exception? FailureOf(string model) => _failedModels.TryGetValue(model, out var error) ? error : null;

    /// <summary>The lock that serialises changes to one model's snapshot.</summary>
    public SemaphoreSlim Gate(string model) => _gates.GetOrAdd(model, _ => new SemaphoreSlim(1, 1));

    /// <summary>Each required model that failed (with its reason) or is missing from the repository.</summary>
    public IEnumerable<string> RequiredModelProblems()
    {
        foreach (var (model, error) in _failedModels.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (settings.IsRequired(model))
            {
                yield return $"required model '{model}' failed: {error.Message}";
            }
        }

        foreach (var (model, modelSettings) in settings.Models.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (modelSettings.Required == true && !_models.ContainsKey(model) && !_failedModels.ContainsKey(model))
            {
                yield return $"required model '{model}' is not in the repository {repository.Location}";
            }
        }
    }

    public string Describe()
    {
        var served = string.Join(", ", ModelNames);
        var failed = _failedModels.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} ({kv.Value.Message})").ToArray();
        return failed.Length == 0 ? $"models: {served}" : $"models: {served}; failed to load: {string.Join("; ", failed)}";
    }

    public async Task<IReadOnlyList<ModelLoadResult>> ReloadAllAsync(CancellationToken cancellationToken)
    {
        var results = new List<ModelLoadResult>();
        var present = await repository.ListModelsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var gone in _models.Keys.Except(present, StringComparer.Ordinal).ToArray())
        {
            results.Add(await UnloadAsync(gone).ConfigureAwait(false));
        }

        foreach (var model in _failedModels.Keys.Except(present, StringComparer.Ordinal).ToArray())
        {
            _failedModels.TryRemove(model, out _);
            _failedVersions.TryRemove(model, out _);
        }

        foreach (var model in present)
        {
            try
            {
                results.Add(await ReloadAsync(model, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                EngineLog.ModelFailed(logger, model, ex.Message);
                _failedModels[model] = ex;
            }
        }

        return results;
    }

    public async Task<ModelLoadResult> ReloadAsync(string model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!ModelRepositoryLayout.IsValidSegment(model))
        {
            throw InferenceException.BadRequest("model_name", $"'{model}' is not a valid model name");
        }

        var versions = await repository.ListVersionsAsync(model, cancellationToken).ConfigureAwait(false);
        if (versions.Count == 0)
        {
            throw InferenceException.NotFound("model_name", $"model '{model}' has no versions in {repository.Location}");
        }

        var gate = Gate(model);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var state = Find(model);
            var aliases = await repository.ReadAliasesAsync(model, cancellationToken).ConfigureAwait(false);
            var previous = state?.Snapshot;
            var current = previous?.Versions ?? new Dictionary<string, LoadedModelVersion>();
            var next = new Dictionary<string, LoadedModelVersion>(StringComparer.Ordinal);
            var loaded = new List<string>();
            var failures = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var version in versions)
            {
                if (current.TryGetValue(version, out var existing))
                {
                    next[version] = existing;
                    continue;
                }

                try
                {
                    next[version] = await loader.LoadAsync(model, version, cancellationToken).ConfigureAwait(false);
                    loaded.Add(version);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failures[version] = ex.Message;
                    EngineLog.LoadFailed(logger, model, version, ex.Message);
                }
            }

            if (failures.Count > 0)
            {
                _failedVersions[model] = failures;
            }
            else
            {
                _failedVersions.TryRemove(model, out _);
            }

            var stable = Resolve(model, aliases, ModelRepositoryLayout.StableAlias, next) ?? versions.LastOrDefault(next.ContainsKey);
            if (stable is null)
            {
                var error = new ModelLoadException(model, failures);
                _failedModels[model] = error;
                throw error;
            }

            var canary = Resolve(model, aliases, ModelRepositoryLayout.CanaryAlias, next);
            var rolledBack = previous?.RolledBackCanary;
            if (canary is not null && canary == rolledBack)
            {
                // A rolled-back canary stays off until its alias moves to another version.
                canary = null;
            }
            else
            {
                rolledBack = null;
            }

            if (canary == stable)
            {
                canary = null;
            }

            var shadow = Resolve(model, aliases, ModelRepositoryLayout.ShadowAlias, next);
            var routing = settings.RoutingFor(model);
            var table = new RoutingTable(stable, canary, routing.CanaryWeight, shadow, routing.ShadowSampleRate, next.Keys.ToHashSet(StringComparer.Ordinal));
            var snapshot = new ModelSnapshot(table, next, rolledBack);
            if (state is null)
            {
                state = new ModelState(model, snapshot, new CanaryMonitor(settings.Rollback, time), new ShadowRecorder(settings.ShadowHistory), routing.MaxConcurrentShadows);
                _models[model] = state;
            }
            else
            {
                state.Publish(snapshot);
            }

            _failedModels.TryRemove(model, out _);
            EngineLog.Routed(logger, model, stable, canary, routing.CanaryWeight, shadow);
            var unloaded = current.Keys.Where(v => !next.ContainsKey(v)).ToList();
            foreach (var version in unloaded)
            {
                await current[version].RetireAsync().ConfigureAwait(false);
                state.Monitor.Forget(version);
                metrics.Ready(model, version, false);
                EngineLog.VersionRetired(logger, model, version);
            }

            return new ModelLoadResult(model, stable, canary, shadow, loaded, unloaded);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Stops serving a model that left the repository: new requests get 404, its versions retire after their requests finish.</summary>
    private async Task<ModelLoadResult> UnloadAsync(string model)
    {
        var gate = Gate(model);
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!_models.TryRemove(model, out var state))
            {
                return new ModelLoadResult(model, string.Empty, null, null, [], []);
            }

            var snapshot = state.Snapshot;
            foreach (var version in snapshot.Versions.Values)
            {
                await version.RetireAsync().ConfigureAwait(false);
                metrics.Ready(model, version.Version, false);
                EngineLog.VersionRetired(logger, model, version.Version);
            }

            return new ModelLoadResult(model, snapshot.Table.Stable, null, null, [], snapshot.Versions.Keys.ToArray());
        }
        finally
        {
            gate.Release();
        }
    }

    private string? Resolve(string model, IReadOnlyDictionary<string, string> aliases, string alias, Dictionary<string, LoadedModelVersion> loaded)
    {
        if (!aliases.TryGetValue(alias, out var version))
        {
            return null;
        }

        if (loaded.ContainsKey(version))
        {
            return version;
        }

        EngineLog.DanglingAlias(logger, model, alias, version);
        return null;
    }
}
