using Microsoft.Extensions.Options;
using MlPlatform.Inference.Api.Hosting;
using MlPlatform.Inference.Batching;
using MlPlatform.Inference.Repository;
using MlPlatform.Inference.Routing;
using MlPlatform.Inference.Runtime;

namespace MlPlatform.Inference.Api.Configuration;

/// <summary>Checks every <see cref="InferenceOptions"/> rule and reports all failures at once, each naming its key.</summary>
public sealed class InferenceOptionsValidator : IValidateOptions<InferenceOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, InferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        ValidateRepository(options.Repository, errors);
        ValidateSession(options.Session, errors);
        ValidateBatching("Inference:Batching", options.Batching, errors);
        ValidateRouting("Inference:Routing", options.Routing, errors);
        var rollback = options.Rollback;
        if (rollback.Window <= TimeSpan.Zero)
        {
            errors.Add($"Inference:Rollback:Window must be positive (got {rollback.Window}).");
        }

        if (rollback.MinRequests < 1)
        {
            errors.Add($"Inference:Rollback:MinRequests must be at least 1 (got {rollback.MinRequests}).");
        }

        if (rollback.ErrorRateMargin is < 0 or > 1 || double.IsNaN(rollback.ErrorRateMargin))
        {
            errors.Add($"Inference:Rollback:ErrorRateMargin must be between 0 and 1 (got {rollback.ErrorRateMargin}).");
        }

        if (rollback.P99LatencyMargin < 0 || double.IsNaN(rollback.P99LatencyMargin))
        {
            errors.Add($"Inference:Rollback:P99LatencyMargin must be 0 or more (got {rollback.P99LatencyMargin}).");
        }

        if (rollback.P99MinSamples < 1)
        {
            errors.Add($"Inference:Rollback:P99MinSamples must be at least 1 (got {rollback.P99MinSamples}).");
        }

        if (rollback.P99MinRegression < TimeSpan.Zero)
        {
            errors.Add($"Inference:Rollback:P99MinRegression must be 0 or more (got {rollback.P99MinRegression}).");
        }

        if (options.Grpc.Url is { Length: > 0 } grpc && !ListenAddress.TryParse(grpc, out _, out var grpcProblem))
        {
            errors.Add($"Inference:Grpc:Url {grpcProblem}");
        }

        foreach (var (model, settings) in options.Models)
        {
            if (!ModelRepositoryLayout.IsValidSegment(model))
            {
                errors.Add($"Inference:Models:{model} is not a valid model name.");
            }

            if (settings.Batching is not null)
            {
                ValidateBatching($"Inference:Models:{model}:Batching", settings.Batching, errors);
            }

            if (settings.Routing is not null)
            {
                ValidateRouting($"Inference:Models:{model}:Routing", settings.Routing, errors);
            }
        }

        if (options.MaxRequestBodyBytes < 1024)
        {
            errors.Add($"Inference:MaxRequestBodyBytes must be at least 1024 (got {options.MaxRequestBodyBytes}).");
        }

        if (options.ReceiveBlockBytes != 0 && !LargeBlockMemoryPool.IsValidBlockSize(options.ReceiveBlockBytes))
        {
            errors.Add($"Inference:ReceiveBlockBytes must be 0 (Kestrel's own blocks) or {LargeBlockMemoryPool.MinBlockSize} to {LargeBlockMemoryPool.MaxBlockSize} (got {options.ReceiveBlockBytes}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateRepository(RepositoryOptions repository, List<string> errors)
    {
        switch (repository.Kind)
        {
            case RepositoryKind.Local when string.IsNullOrWhiteSpace(repository.Path):
                errors.Add($"Inference:Repository:Path is required for a Local repository (pass --repository <dir>, or set {InferenceOptions.RepositoryEnvironmentVariable}; ./build.sh inference prepares the OCR models).");
                break;
            case RepositoryKind.Local when !Directory.Exists(repository.Path):
                errors.Add($"Inference:Repository:Path '{repository.Path}' is not a directory.");
                break;
            case RepositoryKind.S3 when string.IsNullOrWhiteSpace(repository.Bucket):
                errors.Add("Inference:Repository:Bucket is required for an S3 repository.");
                break;
            case RepositoryKind.AzureBlob when repository.ContainerUri is null && (string.IsNullOrWhiteSpace(repository.ConnectionString) || string.IsNullOrWhiteSpace(repository.Container)):
                errors.Add("Inference:Repository needs ContainerUri, or ConnectionString and Container, for an AzureBlob repository.");
                break;
        }

        if (repository.PollInterval is { } poll && poll < TimeSpan.FromSeconds(1))
        {
            errors.Add($"Inference:Repository:PollInterval must be at least 1 second (got {poll}).");
        }
    }

    private static void ValidateSession(SessionSettings session, List<string> errors)
    {
        if (!OnnxModelExecutorFactory.TryParseLevel(session.GraphOptimizationLevel, out _))
        {
            errors.Add($"Inference:Session:GraphOptimizationLevel must be None, Basic, Extended or All (got '{session.GraphOptimizationLevel}').");
        }

        if (session.IntraOpThreads < 0 || session.InterOpThreads < 0)
        {
            errors.Add("Inference:Session:IntraOpThreads and InterOpThreads must be 0 (default) or more.");
        }

        if (session.DeviceId < 0)
        {
            errors.Add($"Inference:Session:DeviceId must be 0 or more (got {session.DeviceId}).");
        }
    }

    private static void ValidateBatching(string key, BatchingSettings batching, List<string> errors)
    {
        if (batching.MaxBatchSize is < 1 or > 4096)
        {
            errors.Add($"{key}:MaxBatchSize must be between 1 and 4096 (got {batching.MaxBatchSize}).");
        }

        if (batching.MaxQueueDelay < TimeSpan.Zero || batching.MaxQueueDelay > TimeSpan.FromSeconds(10))
        {
            errors.Add($"{key}:MaxQueueDelay must be between 0 and 10 seconds (got {batching.MaxQueueDelay}).");
        }

        foreach (var size in batching.PreferredBatchSizes)
        {
            if (size < 1 || size > batching.MaxBatchSize)
            {
                errors.Add($"{key}:PreferredBatchSizes holds {size}, outside 1..MaxBatchSize ({batching.MaxBatchSize}).");
            }
        }

        if (batching.MaxQueueSize < 1)
        {
            errors.Add($"{key}:MaxQueueSize must be at least 1 (got {batching.MaxQueueSize}).");
        }

        if (batching.Instances is < 1 or > 64)
        {
            errors.Add($"{key}:Instances must be between 1 and 64 (got {batching.Instances}).");
        }

        if (batching.RetryAfter < TimeSpan.FromSeconds(1))
        {
            errors.Add($"{key}:RetryAfter must be at least 1 second (got {batching.RetryAfter}).");
        }
    }

    private static void ValidateRouting(string key, RoutingSettings routing, List<string> errors)
    {
        if (routing.CanaryWeight is < 0 or > 1 || double.IsNaN(routing.CanaryWeight))
        {
            errors.Add($"{key}:CanaryWeight must be between 0 and 1 (got {routing.CanaryWeight}).");
        }

        if (routing.ShadowSampleRate is < 0 or > 1 || double.IsNaN(routing.ShadowSampleRate))
        {
            errors.Add($"{key}:ShadowSampleRate must be between 0 and 1 (got {routing.ShadowSampleRate}).");
        }

        if (routing.ShadowTolerance < 0 || double.IsNaN(routing.ShadowTolerance))
        {
            errors.Add($"{key}:ShadowTolerance must be 0 or more (got {routing.ShadowTolerance}).");
        }

        if (routing.MaxConcurrentShadows < 1)
        {
            errors.Add($"{key}:MaxConcurrentShadows must be at least 1 (got {routing.MaxConcurrentShadows}).");
        }
    }
}
