namespace MlPlatform.Scheduler.Core;

/// <summary>How often a job's runs ended early, by <see cref="EvictionKind"/>.</summary>
public sealed record EvictionCounts(int SpotReclaims = 0, int Preemptions = 0, int InfrastructureFailures = 0, int ApplicationErrors = 0)
{
    /// <summary>No evictions.</summary>
    public static EvictionCounts None { get; } = new();

    /// <summary>The count of one kind.</summary>
    public int Of(EvictionKind kind) => kind switch
    {
        EvictionKind.SpotReclaim => SpotReclaims,
        EvictionKind.Preempted => Preemptions,
        EvictionKind.InfrastructureFailure => InfrastructureFailures,
        EvictionKind.ApplicationError => ApplicationErrors,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown eviction kind"),
    };

    /// <summary>These counts with one more of <paramref name="kind"/>.</summary>
    public EvictionCounts Add(EvictionKind kind) => kind switch
    {
        EvictionKind.SpotReclaim => this with { SpotReclaims = SpotReclaims + 1 },
        EvictionKind.Preempted => this with { Preemptions = Preemptions + 1 },
        EvictionKind.InfrastructureFailure => this with { InfrastructureFailures = InfrastructureFailures + 1 },
        EvictionKind.ApplicationError => this with { ApplicationErrors = ApplicationErrors + 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown eviction kind"),
    };
}
