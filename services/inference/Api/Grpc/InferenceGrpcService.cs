using Grpc.Core;
using Rest = MlPlatform.Inference.Api.Endpoints;
using MlPlatform.Inference.Api.Grpc.V2;
using MlPlatform.Inference.Protocol;
using MlPlatform.Inference.Serving;

namespace MlPlatform.Inference.Api.Grpc;

/// <summary>
/// <c>inference.GRPCInferenceService</c>: the same engine as REST, so the same routing (version, aliases, canary, shadow,
/// an <c>x-model-version</c> metadata pin), batching, back-pressure (RESOURCE_EXHAUSTED), drain and metrics.
/// </summary>
public sealed class InferenceGrpcService(InferenceEngine engine) : GRPCInferenceService.GRPCInferenceServiceBase
{
    /// <inheritdoc/>
    public override Task<ServerLiveResponse> ServerLive(ServerLiveRequest request, ServerCallContext context) =>
        Task.FromResult(new ServerLiveResponse { Live = true });

    /// <inheritdoc/>
    public override Task<ServerReadyResponse> ServerReady(ServerReadyRequest request, ServerCallContext context) =>
        Task.FromResult(new ServerReadyResponse { Ready = engine.IsReady });

    /// <inheritdoc/>
    public override Task<ModelReadyResponse> ModelReady(ModelReadyRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var readiness = engine.ModelReadiness(request.Name) ?? throw NotFound("name", $"model '{request.Name}' is not served ({engine.DescribeModels()})");
        if (readiness.Ready && request.Version.Length > 0 && engine.FindModel(request.Name) is { } state && !state.Snapshot.Versions.ContainsKey(request.Version))
        {
            throw NotFound("version", $"version '{request.Version}' of model '{request.Name}' is not loaded");
        }

        return Task.FromResult(new ModelReadyResponse { Ready = readiness.Ready });
    }

    /// <inheritdoc/>
    public override Task<ServerMetadataResponse> ServerMetadata(ServerMetadataRequest request, ServerCallContext context)
    {
        var metadata = Rest.OipApi.ServerMetadata().Value!;
        var response = new ServerMetadataResponse { Name = metadata.Name, Version = metadata.Version };
        response.Extensions.Add(metadata.Extensions);
        return Task.FromResult(response);
    }

    /// <inheritdoc/>
    public override Task<ModelMetadataResponse> ModelMetadata(ModelMetadataRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = Rest.OipApi.ModelMetadata(request.Name, request.Version.Length == 0 ? null : request.Version, engine).Result;
        if (result is Rest.OipErrorResult error)
        {
            throw NotFound(error.Value.Field, error.Value.Error);
        }

        var metadata = ((Microsoft.AspNetCore.Http.HttpResults.Ok<Rest.ModelMetadataResponse>)result).Value!;
        var response = new ModelMetadataResponse { Name = metadata.Name, Platform = metadata.Platform };
        response.Versions.Add(metadata.Versions);
        response.Inputs.Add(metadata.Inputs.Select(Tensor));
        response.Outputs.Add(metadata.Outputs.Select(Tensor));
        return Task.FromResult(response);
    }

    /// <inheritdoc/>
    public override async Task<ModelInferResponse> ModelInfer(ModelInferRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            var decoded = GrpcTensors.Decode(request);
            string? pinned = request.ModelVersion.Length == 0 ? null : request.ModelVersion;
            var pinField = "model_version";
            if (pinned is null && context.RequestHeaders.GetValue(Rest.OipApi.VersionHeader) is { } header && !string.IsNullOrWhiteSpace(header))
            {
                pinned = header.Trim();
                pinField = Rest.OipApi.VersionHeader;
            }

            var outcome = await engine.InferAsync(request.ModelName, pinned, pinField, decoded, context.CancellationToken).ConfigureAwait(false);
            return GrpcTensors.Encode(outcome, decoded.Id);
        }
        catch (InferenceException ex)
        {
            throw GrpcErrors.ToRpc(ex);
        }
    }

    private static RpcException NotFound(string field, string message) =>
        GrpcErrors.ToRpc(InferenceException.NotFound(field, message));

    private static ModelMetadataResponse.Types.TensorMetadata Tensor(Rest.TensorMetadata tensor)
    {
        var metadata = new ModelMetadataResponse.Types.TensorMetadata { Name = tensor.Name, Datatype = tensor.Datatype };
        metadata.Shape.Add(tensor.Shape);
        return metadata;
    }
}
