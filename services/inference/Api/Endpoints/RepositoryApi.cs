using Microsoft.AspNetCore.Http.HttpResults;
using MlPlatform.Inference.Protocol;
using MlPlatform.Inference.Serving;

namespace MlPlatform.Inference.Api.Endpoints;

/// <summary>The model repository extension: list models, and (re)load one — a hot swap to new versions or moved aliases.</summary>
public static class RepositoryApi
{
    /// <summary>Maps <c>/v2/repository</c>.</summary>
    public static IEndpointRouteBuilder MapRepositoryApi(this IEndpointRouteBuilder app)
    {
        var repository = app.MapGroup("/v2/repository").WithTags("Model repository");
        repository.MapPost("/index", Index);
        repository.MapPost("/models/{name}/load", LoadAsync);
        return app;
    }

    /// <summary>Every model and version with its state.</summary>
    public static Ok<RepositoryIndexEntry[]> Index(InferenceEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var ready = engine.ModelNames
            .Select(engine.FindModel).OfType<ModelState>()
            .SelectMany(state => state.Snapshot.Versions.Keys.Select(v => new RepositoryIndexEntry(state.Name, v, "READY", null)));
        var failedVersions = engine.FailedVersions
            .SelectMany(m => m.Value.Select(v => new RepositoryIndexEntry(m.Key, v.Key, "UNAVAILABLE", v.Value)));
        var failed = engine.FailedModels
            .Where(f => !engine.FailedVersions.ContainsKey(f.Key) || engine.FindModel(f.Key) is null)
            .Select(f => new RepositoryIndexEntry(f.Key, null, "UNAVAILABLE", f.Value));
        return TypedResults.Ok(ready.Concat(failedVersions.Where(e => engine.FindModel(e.Name) is not null)).Concat(failed)
            .OrderBy(e => e.Name, StringComparer.Ordinal).ToArray());
    }

    /// <summary>
    /// Re-reads the model's versions and aliases and swaps them in without failing requests. When no version loads, a
    /// problem document (500) says why for each version.
    /// </summary>
    public static async Task<Results<Ok<ModelLoadResult>, OipErrorResult, ProblemHttpResult>> LoadAsync(string name, InferenceEngine engine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        if (engine.IsDraining)
        {
            return OipErrorResult.From(new InferenceException(InferenceErrorKind.Unavailable, "server", "the server is shutting down"));
        }

        try
        {
            return TypedResults.Ok(await engine.ReloadAsync(name, cancellationToken).ConfigureAwait(false));
        }
        catch (InferenceException ex)
        {
            return OipErrorResult.From(ex);
        }
        catch (ModelLoadException ex)
        {
            return TypedResults.Problem(
                detail: ex.Message,
                statusCode: StatusCodes.Status500InternalServerError,
                title: $"Model '{name}' could not be loaded",
                extensions: new Dictionary<string, object?> { ["model"] = name, ["versions"] = ex.VersionFailures });
        }
    }
}
