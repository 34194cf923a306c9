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
            .SelectMany(name => engine.FindModel(name)!.Snapshot.Versions.Keys.Select(v => new RepositoryIndexEntry(name, v, "READY", null)));
        var failed = engine.FailedModels.Select(f => new RepositoryIndexEntry(f.Key, null, "UNAVAILABLE", f.Value));
        return TypedResults.Ok(ready.Concat(failed).ToArray());
    }

    /// <summary>Re-reads the model's versions and aliases and swaps them in without failing requests.</summary>
    public static async Task<Results<Ok<ModelLoadResult>, OipErrorResult>> LoadAsync(string name, InferenceEngine engine, CancellationToken cancellationToken)
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
    }
}
