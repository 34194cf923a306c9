using Microsoft.Extensions.Logging;
using MlPlatform.Inference.Batching;
using MlPlatform.Inference.Observability;
using MlPlatform.Inference.Protocol;
using MlPlatform.Inference.Repository;
using MlPlatform.Inference.Runtime;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Serving;

/// <summary>
/// Turns one version in the repository into a serving <see cref="LoadedModelVersion"/>: executor, warm-up inference
/// (the version's sample request, else all-zero inputs) and its batcher.
/// </summary>
internal sealed class VersionLoader(
    IModelRepository repository,
    IModelExecutorFactory executors,
    EngineSettings settings,
    InferenceMetrics metrics,
    TimeProvider time,
    ILogger logger)
{
    public async Task<LoadedModelVersion> LoadAsync(string model, string version, CancellationToken cancellationToken)
    {
        var metadata = await repository.ReadMetadataAsync(model, version, cancellationToken).ConfigureAwait(false);
        var path = await repository.GetModelFileAsync(model, version, cancellationToken).ConfigureAwait(false);
        var executor = executors.Create(path);
        try
        {
            // Readiness means a real inference succeeded on this version.
            var started = time.GetTimestamp();
            await WarmUpAsync(model, version, metadata, executor, cancellationToken).ConfigureAwait(false);
            var warmup = time.GetElapsedTime(started);
            var batcher = new DynamicBatcher(executor, settings.BatchingFor(model), time, new VersionBatchObserver(metrics, model, version));
            metrics.Ready(model, version, true);
            EngineLog.VersionLoaded(logger, model, version, executor.ExecutionProvider, batcher.IsBatching, warmup.TotalMilliseconds);
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
                var body = await repository.ReadVersionFileAsync(model, version, file.File, cancellationToken).ConfigureAwait(false);
                var request = OipServerCodec.DecodeRequest(body, file.JsonHeaderLength);
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
}
