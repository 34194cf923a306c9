using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using MlPlatform.Inference.Batching;
using MlPlatform.Inference.Observability;
using MlPlatform.Inference.Protocol;
using MlPlatform.Inference.Repository;
using MlPlatform.Inference.Rollout;
using MlPlatform.Inference.Routing;
using MlPlatform.Inference.Runtime;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Serving;

/// <summary>
/// Serves every model of a repository: loads and warms up versions, routes requests (pin, stable/canary split, shadow),
/// batches them, rolls canaries back automatically, swaps versions without failing requests, and drains on shutdown.
/// </summary>
public sealed class InferenceEngine : IAsyncDisposable
{
    private readonly IModelRepository _repository;
    private readonly IModelExecutorFactory _executors;
    private readonly EngineSettings _settings;
    private readonly InferenceMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly VersionRouter _router;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, ModelState> _models = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Exception> _failedModels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> _failedVersions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _shadows = new();
    private readonly Lock _drainGate = new();
    private volatile bool _started;
    private volatile bool _draining;
    private Task? _drain;

    /// <summary>Creates the engine; call <see cref="LoadAllAsync"/> to load the repository.</summary>
    public InferenceEngine(
        IModelRepository repository,
        IModelExecutorFactory executors,
        EngineSettings settings,
        InferenceMetrics metrics,
        TimeProvider time,
        IRandomSource random,
        ILogger<InferenceEngine> logger)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(executors);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(logger);
        _repository = repository;
        _executors = executors;
        _settings = settings;
        _metrics = metrics;
        _time = time;
        _router = new VersionRouter(random);
        _logger = logger;
    }

    /// <summary>Where models come from.</summary>
    public string RepositoryLocation => _repository.Location;

    /// <summary>
    /// True once the first load finished and every required model (<see cref="EngineSettings.IsRequired"/>) is serving,
    /// until draining starts. A broken optional model does not count.
    /// </summary>
    public bool IsReady => _started && !_draining && NotReadyReasons().Count == 0;

    /// <summary>Why the server is not ready: loading, draining, each required model that failed (with its reason) or is missing.</summary>
    public IReadOnlyList<string> NotReadyReasons()
    {
        var reasons = new List<string>();
        if (_draining)
        {
            reasons.Add("draining");
        }

        if (!_started)
        {
            reasons.Add("loading");
            return reasons;
        }

        foreach (var (model, error) in _failedModels.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (_settings.IsRequired(model))
            {
                reasons.Add($"required model '{model}' failed: {error.Message}");
            }
        }

        foreach (var (model, settings) in _settings.Models.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (settings.Required == true && !_models.ContainsKey(model) && !_failedModels.ContainsKey(model))
            {
                reasons.Add($"required model '{model}' is not in the repository {_repository.Location}");
            }
        }

        return reasons;
    }

    /// <summary>
    /// A model's readiness: null when the engine knows nothing of it; false with the reason when it failed to load or
    /// the server drains; true when it serves.
    /// </summary>
    public (bool Ready, string? Reason)? ModelReadiness(string model)
    {
        if (_models.ContainsKey(model))
        {
            return _draining ? (false, "draining") : (true, null);
        }

        return _failedModels.TryGetValue(model, out var error) ? (false, error.Message) : null;
    }

    /// <summary>Versions of served models that failed to load, with the reason: model → version → reason.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> FailedVersions => _failedVersions.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    /// <summary>A listing for "not found" errors: the served models, and those that failed with why.</summary>
    public string DescribeModels()
    {
        var served = string.Join(", ", ModelNames);
        var failed = _failedModels.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} ({kv.Value.Message})").ToArray();
        return failed.Length == 0 ? $"models: {served}" : $"models: {served}; failed to load: {string.Join("; ", failed)}";
    }

    /// <summary>True once shutdown began: new requests are refused, queued ones still run.</summary>
    public bool IsDraining => _draining;

    /// <summary>Models that failed to load, with the reason.</summary>
    public IReadOnlyDictionary<string, string> FailedModels => _failedModels.ToDictionary(kv => kv.Key, kv => kv.Value.Message);

    /// <summary>The served models' names.</summary>
    public IReadOnlyList<string> ModelNames => _models.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>A served model, or null.</summary>
    public ModelState? FindModel(string name) => _models.TryGetValue(name, out var state) ? state : null;

    /// <summary>Loads every model in the repository; readiness turns true when all succeeded.</summary>
    public async Task LoadAllAsync(CancellationToken cancellationToken = default)
    {
        await ReloadAllAsync(cancellationToken).ConfigureAwait(false);
        _started = true;
    }

    /// <summary>Reloads every model (new models, new versions, moved aliases) and unloads models no longer in the repository.</summary>
    public async Task<IReadOnlyList<ModelLoadResult>> ReloadAllAsync(CancellationToken cancellationToken = default)
    {
        var results = new List<ModelLoadResult>();
        var present = await _repository.ListModelsAsync(cancellationToken).ConfigureAwait(false);
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
                EngineLog.ModelFailed(_logger, model, ex.Message);
                _failedModels[model] = ex;
            }
        }

        return results;
    }

    /// <summary>
    /// Hot swap: reads the model's versions and aliases, loads and warms up new versions, publishes the new routing
    /// atomically, then retires versions no longer in the repository once their requests finish.
    /// </summary>
    /// <exception cref="InferenceException">Not found in the repository.</exception>
    public async Task<ModelLoadResult> ReloadAsync(string model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!ModelRepositoryLayout.IsValidSegment(model))
        {
            throw InferenceException.BadRequest("model_name", $"'{model}' is not a valid model name");
        }

        var versions = await _repository.ListVersionsAsync(model, cancellationToken).ConfigureAwait(false);
        if (versions.Count == 0)
        {
            throw InferenceException.NotFound("model_name", $"model '{model}' has no versions in {_repository.Location}");
        }

        var gate = _gates.GetOrAdd(model, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var state = FindModel(model);
            var aliases = await _repository.ReadAliasesAsync(model, cancellationToken).ConfigureAwait(false);
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
                    next[version] = await LoadVersionAsync(model, version, cancellationToken).ConfigureAwait(false);
                    loaded.Add(version);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    failures[version] = ex.Message;
                    EngineLog.LoadFailed(_logger, model, version, ex.Message);
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
            var routing = _settings.RoutingFor(model);
            var table = new RoutingTable(stable, canary, routing.CanaryWeight, shadow, routing.ShadowSampleRate, next.Keys.ToHashSet(StringComparer.Ordinal));
            var snapshot = new ModelSnapshot(table, next, rolledBack);
            if (state is null)
            {
                state = new ModelState(model, snapshot, new CanaryMonitor(_settings.Rollback, _time), new ShadowRecorder(_settings.ShadowHistory), routing.MaxConcurrentShadows);
                _models[model] = state;
            }
            else
            {
                state.Publish(snapshot);
            }

            _failedModels.TryRemove(model, out _);
            EngineLog.Routed(_logger, model, stable, canary, routing.CanaryWeight, shadow);
            var unloaded = current.Keys.Where(v => !next.ContainsKey(v)).ToList();
            foreach (var version in unloaded)
            {
                await current[version].RetireAsync().ConfigureAwait(false);
                state.Monitor.Forget(version);
                _metrics.Ready(model, version, false);
                EngineLog.VersionRetired(_logger, model, version);
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
        var gate = _gates.GetOrAdd(model, _ => new SemaphoreSlim(1, 1));
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
                _metrics.Ready(model, version.Version, false);
                EngineLog.VersionRetired(_logger, model, version.Version);
            }

            return new ModelLoadResult(model, snapshot.Table.Stable, null, null, [], snapshot.Versions.Keys.ToArray());
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Runs one request: route, validate, queue for a batch, record outcome, maybe shadow and roll back.</summary>
    /// <param name="model">The model name from the URL.</param>
    /// <param name="pinnedVersion">A version from the URL or the <c>x-model-version</c> header, or null.</param>
    /// <param name="pinField">The field that pinned the version, for 404s.</param>
    /// <param name="request">The decoded request; its tensors are read only until the returned task completes.</param>
    /// <param name="cancellationToken">Aborts while queued.</param>
    /// <exception cref="InferenceException">Every way a request can fail, with kind and field.</exception>
    public async Task<InferenceOutcome> InferAsync(string model, string? pinnedVersion, string pinField, InferenceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = _time.GetTimestamp();
        // Labels only take values the server knows: a junk model or version name from an unauthenticated caller
        // must not mint a new time series.
        var modelLabel = InferenceMetrics.UnknownLabel;
        var versionLabel = pinnedVersion is null ? string.Empty : InferenceMetrics.UnknownLabel;
        using var activity = InferenceTracing.Source.StartActivity("infer");
        activity?.SetTag("inference.model", model);
        try
        {
            if (_draining)
            {
                throw new InferenceException(InferenceErrorKind.Unavailable, "server", "the server is shutting down");
            }

            var state = FindModel(model) ?? throw InferenceException.NotFound("model_name", $"model '{model}' is not served ({DescribeModels()})");
            modelLabel = model;
            for (var attempt = 0; ; attempt++)
            {
                var snapshot = state.Snapshot;
                var decision = _router.Route(snapshot.Table, pinnedVersion)
                    ?? throw InferenceException.NotFound(pinField, $"version '{pinnedVersion}' of model '{model}' is not loaded (versions: {string.Join(", ", snapshot.Table.LoadedVersions.Order(Comparer<string>.Create(ModelRepositoryLayout.CompareVersions)))})");
                var version = snapshot.Versions[decision.Version];
                versionLabel = version.Version;
                if (!version.TryAcquire())
                {
                    // Retired by a hot swap between reading the snapshot and taking the lease: the new snapshot is already published.
                    if (attempt < 8)
                    {
                        continue;
                    }

                    throw new InferenceException(InferenceErrorKind.Unavailable, "model_version", $"version '{version.Version}' of model '{model}' is being replaced");
                }

                try
                {
                    var (inputs, outputs) = RequestValidator.Validate(version.Executor.Signature, request);
                    var answer = await RunAsync(state, version, inputs, outputs, cancellationToken).ConfigureAwait(false);
                    if (decision.ShadowVersion is { } shadow)
                    {
                        // The shadow runs after the caller has its answer, when the caller may already have reused the
                        // buffer the inputs point into (the HTTP layer rents request bodies): it gets its own copy.
                        StartShadow(state, snapshot, decision.Version, shadow, [.. inputs.Select(Detached)], outputs, answer);
                    }

                    _metrics.RequestFinished(model, version.Version, "success", _time.GetElapsedTime(started));
                    activity?.SetTag("inference.version", version.Version);
                    activity?.SetTag("inference.route", decision.Reason.ToString());
                    return new InferenceOutcome(model, version.Version, decision.Reason, answer);
                }
                finally
                {
                    version.Release();
                }
            }
        }
        catch (InferenceException ex)
        {
            _metrics.RequestFinished(modelLabel, versionLabel, Outcome(ex.Kind), _time.GetElapsedTime(started));
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.Message);
            activity?.SetTag("inference.error_field", ex.Field);
            throw;
        }
    }

    /// <summary>Stops taking requests and waits until every in-flight and queued request has been answered.</summary>
    public Task DrainAsync()
    {
        lock (_drainGate)
        {
            _draining = true;
            _drain ??= DrainCoreAsync();
            return _drain;
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await DrainAsync().ConfigureAwait(false);

    /// <summary>Moves traffic off the canary when it is worse than stable over the window; returns the verdict.</summary>
    public async Task<RollbackVerdict?> EvaluateCanaryAsync(string model)
    {
        var state = FindModel(model);
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

        var gate = _gates.GetOrAdd(model, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var snapshot = state.Snapshot;
            if (snapshot.Table.Canary != table.Canary)
            {
                return verdict;
            }

            state.Publish(snapshot with { Table = snapshot.Table with { Canary = null }, RolledBackCanary = table.Canary });
            _metrics.RolledBack(model, table.Canary);
            EngineLog.RolledBack(_logger, model, table.Canary, verdict.Reason, verdict.CanaryErrorRate, verdict.StableErrorRate, verdict.CanaryP99.TotalMilliseconds, verdict.StableP99.TotalMilliseconds);
            return verdict;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<IReadOnlyList<InferTensor>> RunAsync(ModelState state, LoadedModelVersion version, IReadOnlyList<InferTensor> inputs, IReadOnlyList<string> outputs, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        try
        {
            var answer = await version.Batcher.InferAsync(inputs, outputs, cancellationToken).ConfigureAwait(false);
            await RecordAsync(state, version.Version, failed: false, _time.GetElapsedTime(started)).ConfigureAwait(false);
            return answer;
        }
        catch (InferenceException ex) when (ex.Kind == InferenceErrorKind.Failed)
        {
            await RecordAsync(state, version.Version, failed: true, _time.GetElapsedTime(started)).ConfigureAwait(false);
            throw;
        }
    }

    private async Task RecordAsync(ModelState state, string version, bool failed, TimeSpan latency)
    {
        var table = state.Snapshot.Table;
        if (table.Canary is null || (version != table.Stable && version != table.Canary))
        {
            return;
        }

        state.Monitor.Record(version, failed, latency);
        if (version == table.Canary)
        {
            await EvaluateCanaryAsync(state.Name).ConfigureAwait(false);
        }
    }

    private static InferTensor Detached(InferTensor tensor) => new(tensor.Name, tensor.DataType, tensor.Shape, tensor.Data.ToArray());

    private void StartShadow(ModelState state, ModelSnapshot snapshot, string primary, string shadowVersion, IReadOnlyList<InferTensor> inputs, IReadOnlyList<string> outputs, IReadOnlyList<InferTensor> answer)
    {
        if (!snapshot.Versions.TryGetValue(shadowVersion, out var shadow) || !state.ShadowSlots.Wait(0))
        {
            state.Shadow.RecordDropped();
            _metrics.ShadowCompared(state.Name, shadowVersion, "dropped");
            return;
        }

        if (!shadow.TryAcquire())
        {
            state.ShadowSlots.Release();
            state.Shadow.RecordDropped();
            _metrics.ShadowCompared(state.Name, shadowVersion, "dropped");
            return;
        }

        var tolerance = _settings.RoutingFor(state.Name).ShadowTolerance;
        var task = Task.Run(async () =>
        {
            try
            {
                var result = await shadow.Batcher.InferAsync(inputs, outputs).ConfigureAwait(false);
                var (match, difference, what) = ShadowComparer.Compare(answer, result, tolerance);
                state.Shadow.Record(new ShadowComparison(_time.GetUtcNow(), primary, shadowVersion, match, difference, what));
                _metrics.ShadowCompared(state.Name, shadowVersion, match ? "match" : "mismatch");
                if (!match)
                {
                    EngineLog.ShadowMismatch(_logger, state.Name, shadowVersion, primary, what);
                }
            }
            catch (InferenceException)
            {
                state.Shadow.RecordError();
                _metrics.ShadowCompared(state.Name, shadowVersion, "error");
            }
            finally
            {
                shadow.Release();
                state.ShadowSlots.Release();
            }
        });
        _shadows[task] = 0;
        task.ContinueWith(t => _shadows.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task<LoadedModelVersion> LoadVersionAsync(string model, string version, CancellationToken cancellationToken)
    {
        var metadata = await _repository.ReadMetadataAsync(model, version, cancellationToken).ConfigureAwait(false);
        var path = await _repository.GetModelFileAsync(model, version, cancellationToken).ConfigureAwait(false);
        var executor = _executors.Create(path);
        try
        {
            // Readiness means a real inference succeeded on this version.
            var started = _time.GetTimestamp();
            await WarmUpAsync(model, version, metadata, executor, cancellationToken).ConfigureAwait(false);
            var warmup = _time.GetElapsedTime(started);
            var batcher = new DynamicBatcher(executor, _settings.BatchingFor(model), _time, new VersionBatchObserver(_metrics, model, version));
            _metrics.Ready(model, version, true);
            EngineLog.VersionLoaded(_logger, model, version, executor.ExecutionProvider, batcher.IsBatching, warmup.TotalMilliseconds);
            return new LoadedModelVersion(model, version, metadata, executor, batcher);
        }
        catch
        {
            executor.Dispose();
            throw;
        }
    }

    private async Task WarmUpAsync(string model, string version, ModelVersionMetadata metadata, IModelExecutor executor, CancellationToken cancellationToken)
    {
        if (metadata.WarmupRequest is { } file)
        {
            IReadOnlyList<InferTensor> inputs;
            IReadOnlyList<string> outputs;
            try
            {
                var body = await _repository.ReadVersionFileAsync(model, version, file.File, cancellationToken).ConfigureAwait(false);
                var request = OipCodec.DecodeRequest(body, file.JsonHeaderLength);
                (inputs, outputs) = RequestValidator.Validate(executor.Signature, request);
            }
            catch (Exception ex) when (ex is InferenceException or IOException)
            {
                var field = ex is InferenceException inference ? $" ({inference.Field})" : string.Empty;
                throw new InvalidDataException($"warm-up request {file.File} is not a valid request for this version{field}: {ex.Message}", ex);
            }

            try
            {
                executor.Run(inputs, outputs);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new InvalidOperationException($"warm-up with {file.File} failed: {ex.Message}", ex);
            }

            return;
        }

        var synthetic = WarmupInputs.Create(executor.Signature, metadata);
        try
        {
            executor.Run(synthetic, []);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var shapes = string.Join(", ", synthetic.Select(i => $"{i.Name} [{string.Join(",", i.Shape)}]"));
            throw new InvalidOperationException(
                $"synthetic warm-up (all-zero {shapes}) failed: {ex.Message}. Give the version a sample request: \"warmup_request\" in its {ModelRepositoryLayout.MetadataFile}", ex);
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

        EngineLog.DanglingAlias(_logger, model, alias, version);
        return null;
    }

    private async Task DrainCoreAsync()
    {
        var versions = _models.Values.SelectMany(m => m.Snapshot.Versions.Values).ToArray();
        EngineLog.Draining(_logger, versions.Length);
        await Task.WhenAll(versions.Select(v => v.RetireAsync())).ConfigureAwait(false);
        await Task.WhenAll(_shadows.Keys).ConfigureAwait(false);
    }

    private static string Outcome(InferenceErrorKind kind) => kind switch
    {
        InferenceErrorKind.BadRequest => "bad_request",
        InferenceErrorKind.NotFound => "not_found",
        InferenceErrorKind.Overloaded => "overloaded",
        InferenceErrorKind.Unavailable => "unavailable",
        _ => "failed",
    };
}
