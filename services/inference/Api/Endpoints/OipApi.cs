using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MlPlatform.Inference.Api.Configuration;
using MlPlatform.Inference.Protocol;
using MlPlatform.Inference.Repository;
using MlPlatform.Inference.Rollout;
using MlPlatform.Inference.Serving;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Api.Endpoints;

/// <summary>The Open Inference Protocol v2 HTTP endpoints, plus routing and shadow views per model.</summary>
public static class OipApi
{
    /// <summary>The platform reported in model metadata.</summary>
    public const string Platform = "onnxruntime_onnx";

    /// <summary>The request header that pins a version.</summary>
    public const string VersionHeader = "x-model-version";

    /// <summary>Maps <c>/v2</c>.</summary>
    public static IEndpointRouteBuilder MapOipApi(this IEndpointRouteBuilder app)
    {
        var v2 = app.MapGroup("/v2").WithTags("Open Inference Protocol v2");
        v2.MapGet("/", ServerMetadata);
        v2.MapGet("/health/live", Live);
        v2.MapGet("/health/ready", Ready);
        v2.MapGet("/models/{name}", (string name, InferenceEngine engine) => ModelMetadata(name, null, engine));
        v2.MapGet("/models/{name}/versions/{version}", ModelMetadata);
        v2.MapGet("/models/{name}/ready", (string name, InferenceEngine engine) => ModelReady(name, null, engine));
        v2.MapGet("/models/{name}/versions/{version}/ready", ModelReady);
        v2.MapGet("/models/{name}/routing", Routing);
        v2.MapGet("/models/{name}/shadow", Shadow);
        v2.MapPost("/models/{name}/infer", (string name, HttpContext context, InferenceEngine engine, IOptions<InferenceOptions> options) => InferAsync(name, null, context, engine, options));
        v2.MapPost("/models/{name}/versions/{version}/infer", InferAsync);
        return app;
    }

    /// <summary>Server name, version and the protocol extensions it implements.</summary>
    public static Ok<ServerMetadataResponse> ServerMetadata() =>
        TypedResults.Ok(new ServerMetadataResponse("mlplatform-inference", typeof(OipApi).Assembly.GetName().Version?.ToString() ?? "0", ["binary_tensor_data", "model_repository", "traffic_split", "shadow"]));

    /// <summary>200 while the process serves HTTP.</summary>
    public static Ok<LiveResponse> Live() => TypedResults.Ok(new LiveResponse(true));

    /// <summary>200 once every required model has passed a warm-up inference; 503 with the reasons while loading, draining or a required model is broken.</summary>
    public static Results<Ok<ReadyResponse>, JsonHttpResult<ReadyResponse>> Ready(InferenceEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var reasons = engine.NotReadyReasons();
        return engine.IsReady
            ? TypedResults.Ok(new ReadyResponse(true))
            : TypedResults.Json(new ReadyResponse(false, string.Join("; ", reasons)), statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>A model's versions and the inputs and outputs of the given version (stable when none).</summary>
    public static Results<Ok<ModelMetadataResponse>, OipErrorResult> ModelMetadata(string name, string? version, InferenceEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var state = engine.FindModel(name);
        if (state is null)
        {
            return ModelNotFound(name, engine);
        }

        var snapshot = state.Snapshot;
        var chosen = version ?? snapshot.Table.Stable;
        if (!snapshot.Versions.TryGetValue(chosen, out var loaded))
        {
            return VersionNotFound(name, chosen, snapshot, engine);
        }

        var signature = loaded.Executor.Signature;
        return TypedResults.Ok(new ModelMetadataResponse(
            name,
            Versions(snapshot),
            Platform,
            signature.Inputs.Select(i => new TensorMetadata(i.Name, i.DataType.ToProtocolName(), i.Shape)).ToArray(),
            signature.Outputs.Select(o => new TensorMetadata(o.Name, o.DataType.ToProtocolName(), o.Shape)).ToArray()));
    }

    /// <summary>
    /// This model's readiness, whatever the others': 200 when the model (version) is loaded and warmed up; 503 with the
    /// reason when it failed to load or the server drains; 404 for a model the repository does not have.
    /// </summary>
    public static Results<Ok<ReadyResponse>, JsonHttpResult<ReadyResponse>, OipErrorResult> ModelReady(string name, string? version, InferenceEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var readiness = engine.ModelReadiness(name);
        if (readiness is null)
        {
            return ModelNotFound(name, engine);
        }

        if (readiness.Value.Ready && version is not null && engine.FindModel(name) is { } state && !state.Snapshot.Versions.ContainsKey(version))
        {
            return VersionNotFound(name, version, state.Snapshot, engine);
        }

        return readiness.Value.Ready
            ? TypedResults.Ok(new ReadyResponse(true))
            : TypedResults.Json(new ReadyResponse(false, readiness.Value.Reason), statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>The model's routing: stable, canary and weight, shadow, a rolled-back canary.</summary>
    public static Results<Ok<RoutingResponse>, OipErrorResult> Routing(string name, InferenceEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var state = engine.FindModel(name);
        if (state is null)
        {
            return ModelNotFound(name, engine);
        }

        var snapshot = state.Snapshot;
        var table = snapshot.Table;
        return TypedResults.Ok(new RoutingResponse(name, table.Stable, table.Canary, table.CanaryWeight, table.Shadow, table.ShadowSampleRate, snapshot.RolledBackCanary, Versions(snapshot)));
    }

    /// <summary>The model's shadow comparisons: totals and recent results.</summary>
    public static Results<Ok<ShadowReport>, OipErrorResult> Shadow(string name, InferenceEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var state = engine.FindModel(name);
        return state is null ? ModelNotFound(name, engine) : TypedResults.Ok(state.Shadow.Snapshot());
    }

    /// <summary>Runs an infer request (JSON, or the binary tensor data extension).</summary>
    public static async Task<Results<InferHttpResult, OipErrorResult>> InferAsync(string name, string? version, HttpContext context, InferenceEngine engine, IOptions<InferenceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            long? headerLength = null;
            if (context.Request.Headers.TryGetValue(OipHeaders.InferenceHeaderContentLength, out var raw))
            {
                headerLength = long.TryParse(raw.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                    ? parsed
                    : throw InferenceException.BadRequest(OipHeaders.InferenceHeaderContentLength, $"'{raw}' is not a non-negative integer");
            }

            // The request's tensors are slices of the body: it goes back to the pool only when the answer is encoded.
            using var body = await RequestBodyReader.ReadAsync(context.Request, options.Value.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
            var request = OipServerCodec.DecodeRequest(body.Memory, headerLength);
            var pinned = version;
            var pinField = "model_version";
            if (pinned is null && context.Request.Headers.TryGetValue(VersionHeader, out var header) && !string.IsNullOrWhiteSpace(header))
            {
                pinned = header.ToString().Trim();
                pinField = VersionHeader;
            }

            var outcome = await engine.InferAsync(name, pinned, pinField, request, context.RequestAborted).ConfigureAwait(false);
            var binary = request.Outputs.Count > 0
                ? request.Outputs.Where(o => o.Binary).Select(o => o.Name).ToHashSet(StringComparer.Ordinal)
                : request.BinaryOutputByDefault ? outcome.Outputs.Select(o => o.Name).ToHashSet(StringComparer.Ordinal) : [];
            var response = new InferenceResponse(outcome.Model, outcome.Version, request.Id, outcome.Outputs, binary);
            return new InferHttpResult(OipServerCodec.EncodeResponse(response), outcome.Version);
        }
        catch (InferenceException ex)
        {
            return OipErrorResult.From(ex);
        }
    }

    private static string[] Versions(ModelSnapshot snapshot) =>
        snapshot.Versions.Keys.Order(Comparer<string>.Create(ModelRepositoryLayout.CompareVersions)).ToArray();

    private static OipErrorResult ModelNotFound(string name, InferenceEngine engine) =>
        OipErrorResult.From(InferenceException.NotFound("model_name", $"model '{name}' is not served ({engine.DescribeModels()})"));

    private static OipErrorResult VersionNotFound(string name, string version, ModelSnapshot snapshot, InferenceEngine engine)
    {
        var failed = engine.FailedVersions.TryGetValue(name, out var versions) && versions.TryGetValue(version, out var reason) ? $"; it failed to load: {reason}" : string.Empty;
        return OipErrorResult.From(InferenceException.NotFound("model_version", $"version '{version}' of model '{name}' is not loaded (versions: {string.Join(", ", Versions(snapshot))}){failed}"));
    }
}
