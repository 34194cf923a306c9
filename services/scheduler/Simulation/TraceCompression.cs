namespace MlPlatform.Scheduler.Simulation;

/// <summary>Loads a trace by compressing its arrivals: every gap between arrivals is divided by the factor; run times stay.</summary>
public static class TraceCompression
{
    /// <summary>The jobs with arrivals at first arrival + (arrival − first arrival) / <paramref name="factor"/>.</summary>
    public static IReadOnlyList<SimJob> Compress(IReadOnlyList<SimJob> jobs, double factor)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentOutOfRangeException.ThrowIfLessThan(factor, 1);
        if (jobs.Count == 0 || factor == 1)
        {
            return jobs;
        }

        var first = jobs.Min(j => j.Arrival);
        return [.. jobs.Select(j => j with { Arrival = first + TimeSpan.FromTicks((long)((j.Arrival - first).Ticks / factor)) })];
    }
}
