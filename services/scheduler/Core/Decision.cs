namespace MlPlatform.Scheduler.Core;

/// <summary>One decision of a cycle, as data: what, where, whom it preempts and why.</summary>
/// <param name="JobId">The pending job decided on.</param>
/// <param name="Outcome">Admit, wait or hold.</param>
/// <param name="Reason">A <see cref="ReasonCodes"/> value.</param>
/// <param name="Message">The reason in words, with the figures that drove it.</param>
/// <param name="Placement">Where it runs (admit only).</param>
/// <param name="EstimatedCostUsd">The cost estimate of the run (admit and budget holds).</param>
/// <param name="Victims">Ids of running jobs preempted to make room (admit only).</param>
public sealed record Decision(
    string JobId,
    DecisionOutcome Outcome,
    string Reason,
    string Message,
    Placement? Placement = null,
    decimal EstimatedCostUsd = 0,
    IReadOnlyList<string>? Victims = null);
