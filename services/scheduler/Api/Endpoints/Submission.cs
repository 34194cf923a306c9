using MlPlatform.Scheduler.Api.Security;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Api.Endpoints;

/// <summary>
/// What a submit goes through before the store, the same for one job and for a batch: whose team it is, every field,
/// and whether it could ever be admitted. The outcome is either the job to store, the field errors, or the refusal.
/// </summary>
internal sealed record Submission(Job? Job, Dictionary<string, string[]>? Errors, (int Status, string Reason, string Message)? Refusal, string? Team, string? ClientKey)
{
    public static Submission Prepare(
        SubmitJobRequest body, Caller caller, string? idempotencyHeader, SchedulerConfiguration configuration, IReadOnlyDictionary<string, decimal> monthSpend, DateTimeOffset now)
    {
        if (!caller.IsAdmin && body.Team is not null && body.Team != caller.Team)
        {
            return Invalid("team", $"a team token may only submit for its own team '{caller.Team}'");
        }

        var team = caller.IsAdmin ? body.Team : caller.Team;
        if (string.IsNullOrWhiteSpace(team))
        {
            return Invalid("team", "is required when submitting with the admin token");
        }

        var (spec, errors) = SubmitJobValidator.Validate(body, team, idempotencyHeader, configuration, now);
        if (spec is null)
        {
            return new Submission(null, errors, null, team, null);
        }

        if (AdmissionCheck.Evaluate(spec, configuration, monthSpend, now) is { } refusal)
        {
            return new Submission(null, null, refusal, team, spec.ClientKey);
        }

        return new Submission(JobTransitions.Submitted("j-" + Guid.CreateVersion7(now).ToString("N"), spec, now), null, null, team, spec.ClientKey);
    }

    private static Submission Invalid(string field, string problem) => new(null, new Dictionary<string, string[]> { [field] = [problem] }, null, null, null);
}
