namespace MlPlatform.Scheduler.Core;

/// <summary>A job holding nodes in a decision cycle: running before it, or admitted during it.</summary>
internal sealed class RunningEntry(Job job, int pool, int[] nodes, DateTimeOffset expectedEnd)
{
    public Job Job { get; } = job;

    /// <summary>The pool number, or -1 when the job's pool is no longer configured.</summary>
    public int Pool { get; } = pool;

    /// <summary>The node of each gang member (-1 for a node no longer configured).</summary>
    public int[] Nodes { get; } = nodes;

    public DateTimeOffset ExpectedEnd { get; } = expectedEnd;

    /// <summary>Admitted in this cycle: never a preemption victim.</summary>
    public bool AdmittedThisCycle { get; init; }

    /// <summary>Released by a preemption being tried (or done).</summary>
    public bool Preempted { get; set; }
}
