using Microsoft.AspNetCore.Mvc;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using MlPlatform.Scheduler.Api.Security;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Api.Endpoints;

/// <summary><c>/v1/teams</c>: usage against quota and budget, cost and the spot savings ledger.</summary>
internal static class TeamsApi
{
    public static IEndpointRouteBuilder MapTeamsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/teams").RequireAuthorization().WithTags("teams");
        group.MapGet("/", ListAsync);
        group.MapGet("/{team}/usage", UsageAsync);
        return routes;
    }

    public static async Task<Ok<TeamUsageReport[]>> ListAsync(ClaimsPrincipal user, IJobStore store, SchedulerConfiguration configuration, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(user);
        var teams = configuration.Teams.Where(t => caller.CanAccess(t.Name)).ToList();
        return TypedResults.Ok((await ReportsAsync(teams, store, time, cancellationToken).ConfigureAwait(false)).ToArray());
    }

    public static async Task<Results<Ok<TeamUsageReport>, NotFound<ProblemDetails>>> UsageAsync(string team, ClaimsPrincipal user, IJobStore store, SchedulerConfiguration configuration, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!configuration.TeamsByName.TryGetValue(team, out var spec) || !Caller.From(user).CanAccess(team))
        {
            return TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Team not found", Detail = $"no team '{team}' visible to this token" });
        }

        return TypedResults.Ok((await ReportsAsync([spec], store, time, cancellationToken).ConfigureAwait(false))[0]);
    }

    private static async Task<IReadOnlyList<TeamUsageReport>> ReportsAsync(IReadOnlyList<TeamSpec> teams, IJobStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var jobs = await store.ListSinceAsync(TeamLedger.MonthStart(now), cancellationToken).ConfigureAwait(false);
        return TeamLedger.Reports(teams, jobs, now);
    }
}
