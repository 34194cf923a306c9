namespace MlPlatform.Scheduler.Core;

/// <summary>Per-team accounting over jobs: month-to-date spend (for budgets), usage and the spot savings ledger.</summary>
public static class TeamLedger
{
    /// <summary>The first instant of the UTC calendar month containing <paramref name="now"/>.</summary>
    public static DateTimeOffset MonthStart(DateTimeOffset now) => new(now.UtcDateTime.Year, now.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// What counts against each team's budget this month: the accrued cost of jobs active or finished this month,
    /// plus the rest of the admission estimate of every running job.
    /// </summary>
    public static Dictionary<string, decimal> MonthSpend(IEnumerable<Job> jobs, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var monthStart = MonthStart(now);
        var spend = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var job in jobs)
        {
            if (!CountsThisMonth(job, monthStart))
            {
                continue;
            }

            spend[job.Spec.Team] = spend.GetValueOrDefault(job.Spec.Team) + job.CostUsd + CurrentRun(job, now);
        }

        return spend;
    }

    /// <summary>
    /// <see cref="MonthSpend(IEnumerable{Job}, DateTimeOffset)"/> from a store's aggregate: the settled cost per team of
    /// the month's jobs that are not running, plus, for each running job, its accrued cost and its current run.
    /// </summary>
    public static Dictionary<string, decimal> MonthSpend(IReadOnlyDictionary<string, decimal> settled, IEnumerable<Job> running, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(settled);
        ArgumentNullException.ThrowIfNull(running);
        var spend = new Dictionary<string, decimal>(settled, StringComparer.Ordinal);
        foreach (var job in running.Where(j => j.State == JobState.Running))
        {
            spend[job.Spec.Team] = spend.GetValueOrDefault(job.Spec.Team) + job.CostUsd + CurrentRun(job, now);
        }

        return spend;
    }

    /// <summary>One report per configured team.</summary>
    public static IReadOnlyList<TeamUsageReport> Reports(IEnumerable<TeamSpec> teams, IReadOnlyCollection<Job> jobs, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(teams);
        ArgumentNullException.ThrowIfNull(jobs);
        var monthStart = MonthStart(now);
        var reports = new List<TeamUsageReport>();
        foreach (var team in teams)
        {
            var own = jobs.Where(j => j.Spec.Team == team.Name).ToList();
            var running = own.Where(j => j.State == JobState.Running).ToList();
            var inUse = running.Sum(j => j.Spec.Gpus * j.Spec.GangSize);
            var month = own.Where(j => CountsThisMonth(j, monthStart)).ToList();
            var accrued = own.Select(j => JobTransitions.Accrue(j, now)).ToList();
            var evictions = own.Aggregate(EvictionCounts.None, (sum, j) => new EvictionCounts(
                sum.SpotReclaims + j.EvictionCount.SpotReclaims,
                sum.Preemptions + j.EvictionCount.Preemptions,
                sum.InfrastructureFailures + j.EvictionCount.InfrastructureFailures,
                sum.ApplicationErrors + j.EvictionCount.ApplicationErrors));
            reports.Add(new TeamUsageReport(
                team.Name,
                team.GpuQuota,
                inUse,
                Math.Max(0, inUse - team.GpuQuota),
                own.Count(j => j.State is JobState.Pending or JobState.Held),
                running.Count,
                team.MonthlyBudgetUsd,
                month.Sum(j => JobTransitions.Accrue(j, now).CostUsd),
                month.Sum(j => j.CostUsd + CurrentRun(j, now)),
                accrued.Sum(j => j.CostUsd),
                accrued.Sum(j => j.OnDemandCostUsd),
                accrued.Sum(j => j.SavingsUsd),
                evictions));
        }

        return reports;
    }

    private static bool CountsThisMonth(Job job, DateTimeOffset monthStart) =>
        job.IsActive || (job.FinishedAt is { } finished && finished >= monthStart);

    private static decimal CurrentRun(Job job, DateTimeOffset now)
    {
        if (job.State != JobState.Running)
        {
            return 0;
        }

        var sofar = JobTransitions.Accrue(job, now).CostUsd - job.CostUsd;
        return Math.Max(job.EstimatedCostUsd, sofar);
    }
}
