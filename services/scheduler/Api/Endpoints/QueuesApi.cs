using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MlPlatform.Scheduler.Api.Security;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Api.Endpoints;

/// <summary><c>/v1/queues</c>: depth and age per queue (a team token sees its own jobs' counts).</summary>
internal static class QueuesApi
{
    public static IEndpointRouteBuilder MapQueuesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/v1/queues").RequireAuthorization().WithTags("queues").MapGet("/", ListAsync);
        return routes;
    }

    public static async Task<Ok<QueueView[]>> ListAsync(ClaimsPrincipal user, IJobStore store, SchedulerConfiguration configuration, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        var now = time.GetUtcNow();
        var active = (await store.ListActiveAsync(cancellationToken).ConfigureAwait(false)).Where(j => caller.CanAccess(j.Spec.Team)).ToList();
        var views = configuration.Queues.OrderByDescending(q => q.Priority).Select(q =>
        {
            var jobs = active.Where(j => j.Spec.Queue == q.Name).ToList();
            var waiting = jobs.Where(j => j.State is JobState.Pending or JobState.Held).ToList();
            return new QueueView(
                q.Name,
                q.Priority,
                waiting.Count(j => j.State == JobState.Pending),
                waiting.Count(j => j.State == JobState.Held),
                jobs.Count(j => j.State == JobState.Running),
                jobs.Where(j => j.State == JobState.Running).Sum(j => j.Spec.Gpus * j.Spec.GangSize),
                waiting.Count == 0 ? 0 : waiting.Max(j => (now - j.EnqueuedAt).TotalSeconds));
        }).ToArray();
        return TypedResults.Ok(views);
    }
}
