namespace MlPlatform.Scheduler.Core;

/// <summary>
/// Quotas and borrowing in one decision cycle, the way Kueue's cohorts work: each team has a nominal GPU quota; a team that
/// may borrow can use other teams' idle quota while the cohort (all teams together) stays within the sum of quotas.
/// </summary>
internal sealed class QuotaLedger
{
    private readonly Dictionary<string, TeamUsage> _teams = new(StringComparer.Ordinal);
    private readonly long _cohortQuota;
    private long _cohortUsage;

    public QuotaLedger(ClusterSnapshot snapshot)
    {
        foreach (var team in snapshot.Teams.Values)
        {
            _teams[team.Name] = new TeamUsage(team, snapshot.TeamSpendUsd.GetValueOrDefault(team.Name));
            _cohortQuota += team.GpuQuotaMilli;
        }
    }

    /// <summary>The usage of team <paramref name="name"/> (which must be configured).</summary>
    public TeamUsage this[string name] => _teams[name];

    public bool IsConfigured(string team) => _teams.ContainsKey(team);

    /// <summary>Counts a job that holds capacity (running, or admitted or restored this cycle).</summary>
    public void Hold(JobSpec spec)
    {
        if (_teams.TryGetValue(spec.Team, out var usage))
        {
            usage.Used += spec.Total;
            _cohortUsage += spec.Total.GpuMilli;
        }
    }

    /// <summary>Stops counting a job (a preemption being tried).</summary>
    public void Free(JobSpec spec)
    {
        _teams[spec.Team].Used -= spec.Total;
        _cohortUsage -= spec.Total.GpuMilli;
    }

    /// <summary>Whether any team other than <paramref name="team"/> uses more than its quota (only borrowers can be preempted).</summary>
    public bool AnyBorrowerBesides(string team)
    {
        foreach (var usage in _teams.Values)
        {
            if (usage.IsBorrowing && usage.Spec.Name != team)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether team <paramref name="team"/> is configured and uses more than its quota.</summary>
    public bool IsBorrowing(string team) => _teams.TryGetValue(team, out var usage) && usage.IsBorrowing;

    /// <summary>
    /// Whether <paramref name="job"/> fits its team's quota: within the nominal quota, by borrowing idle quota of the
    /// cohort, or not at all (then the decision to return).
    /// </summary>
    public (Decision? Refusal, bool WithinNominal, bool Borrowed) Check(Job job)
    {
        var spec = job.Spec;
        var team = _teams[spec.Team];
        var request = spec.Total;
        if (team.Used.GpuMilli + request.GpuMilli <= team.Spec.GpuQuotaMilli)
        {
            return (null, true, false);
        }

        if (!team.Spec.CanBorrow)
        {
            return (request.GpuMilli > team.Spec.GpuQuotaMilli
                ? new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.QuotaNeverFits, $"needs {request.GpuMilli / 1000m} GPUs but team '{spec.Team}' has a quota of {team.Spec.GpuQuota} and may not borrow")
                : new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.QuotaExceeded, $"team '{spec.Team}' uses {team.Used.GpuMilli / 1000m} of {team.Spec.GpuQuota} GPUs and may not borrow"), false, false);
        }

        if (_cohortUsage + request.GpuMilli > _cohortQuota)
        {
            return (new Decision(job.Id, DecisionOutcome.Wait, ReasonCodes.QuotaExceeded, $"team '{spec.Team}' is at its quota of {team.Spec.GpuQuota} GPUs and no other team has idle quota to lend"), false, false);
        }

        return (null, false, true);
    }
}
