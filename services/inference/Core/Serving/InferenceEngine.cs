using Microsoft.Extensions.Logging;
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
/// <remarks>
/// The façade over the serving pieces: <see cref="ModelCatalogue"/> (loading, hot swap, failures),
/// <see cref="CanaryController"/> (automatic rollback) and <see cref="ShadowDispatcher"/> (shadow comparisons); the
/// request path (route, validate, batch, record) and draining live here.
/// </remarks>
public sealed class InferenceEngine : IAsyncDisposable
{
    private readonly InferenceMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly VersionRouter _router;
    private readonly ILogger _logger;
    private readonly ModelCatalogue _catalogue;
    private readonly CanaryController _canary;
    private readonly ShadowDispatcher _shadows;
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
        _metrics = metrics;
        _time = time;
        _router = new VersionRouter(random);
        _logger = logger;
        var loader = new VersionLoader(repository, executors, settings, metrics, time, logger);
        _catalogue = new ModelCatalogue(repository, loader, settings, metrics, time, logger);
        _canary = new CanaryController(_catalogue, metrics, logger);
        _shadows = new ShadowDispatcher(settings, metrics, time, logger);
    }

    /// <summary>Where models come from.</summary>
    public string RepositoryLocation => _catalogue.Location;

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

        reasons.AddRange(_catalogue.RequiredModelProblems());
        return reasons;
    }

    /// <summary>
    /// A model's readiness: null when the engine knows nothing of it; false with the reason when it failed to load or
    /// the server drains; true when it serves.
    /// </summary>
    public (bool Ready, string? Reason)? ModelReadiness(string model)
    {
        if (_catalogue.Serves(model))
        {
            return _draining ? (false, "draining") : (true, null);
        }

        return _catalogue.FailureOf(model) is { } error ? (false, error.Message) : null;
    }

    /// <summary>Versions of served models that failed to load, with the reason: model → version → reason.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> FailedVersions => _catalogue.FailedVersions;

    /// <summary>A listing for "not found" errors: the served models, and those that failed with why.</summary>
    public string DescribeModels() => _catalogue.Describe();

    /// <summary>True once shutdown began: new requests are refused, queued ones still run.</summary>
    public bool IsDraining => _draining;

    /// <summary>Models that failed to load, with the reason.</summary>
    public IReadOnlyDictionary<string, string> FailedModels => _catalogue.FailedModels;

    /// <summary>The served models' names.</summary>
    public IReadOnlyList<string> ModelNames => _catalogue.ModelNames;

    /// <summary>A served model, or null.</summary>
    public ModelState? FindModel(string name) => _catalogue.Find(name);

    /// <summary>Loads every model in the repository; readiness turns true when all succeeded.</summary>
    public async Task LoadAllAsync(CancellationToken cancellationToken = default)
    {
        await ReloadAllAsync(cancellationToken).ConfigureAwait(false);
        _started = true;
    }

    /// <summary>Reloads every model (new models, new versions, moved aliases) and unloads models no longer in the repository.</summary>
    public Task<IReadOnlyList<ModelLoadResult>> ReloadAllAsync(CancellationToken cancellationToken = default) => _catalogue.ReloadAllAsync(cancellationToken);

    /// <summary>
    /// Hot swap: reads the model's versions and aliases, loads and warms up new versions, publishes the new routing
    /// atomically, then retires versions no longer in the repository once their requests finish.
    /// </summary>
    /// <exception cref="InferenceException">Not found in the repository.</exception>
    public Task<ModelLoadResult> ReloadAsync(string model, CancellationToken cancellationToken = default) => _catalogue.ReloadAsync(model, cancellationToken);

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

            var state = _catalogue.Find(model) ?? throw InferenceException.NotFound("model_name", $"model '{model}' is not served ({_catalogue.Describe()})");
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
                        _shadows.Start(state, snapshot, decision.Version, shadow, inputs, outputs, answer);
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
    public Task<RollbackVerdict?> EvaluateCanaryAsync(string model) => _canary.EvaluateAsync(model);

    private async Task<IReadOnlyList<InferTensor>> RunAsync(ModelState state, LoadedModelVersion version, IReadOnlyList<InferTensor> inputs, IReadOnlyList<string> outputs, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        try
        {
            var answer = await version.Batcher.InferAsync(inputs, outputs, cancellationToken).ConfigureAwait(false);
            await _canary.RecordAsync(state, version.Version, failed: false, _time.GetElapsedTime(started)).ConfigureAwait(false);
            return answer;
        }
        catch (InferenceException ex) when (ex.Kind == InferenceErrorKind.Failed)
        {
            await _canary.RecordAsync(state, version.Version, failed: true, _time.GetElapsedTime(started)).ConfigureAwait(false);
            throw;
        }
    }

    private async Task DrainCoreAsync()
    {
        var versions = _catalogue.AllVersions;
        EngineLog.Draining(_logger, versions.Length);
        await Task.WhenAll(versions.Select(v => v.RetireAsync())).ConfigureAwait(false);
        await _shadows.WhenAllAsync().ConfigureAwait(false);
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
