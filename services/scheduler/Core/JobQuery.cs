namespace MlPlatform.Scheduler.Core;

/// <summary>A filter over stored jobs; null members do not filter.</summary>
/// <param name="Team">Only this team's jobs.</param>
/// <param name="Queue">Only this queue's jobs.</param>
/// <param name="State">Only jobs in this state.</param>
/// <param name="Limit">At most this many, newest first.</param>
/// <param name="After">Only jobs after this cursor (the next page of a listing).</param>
public sealed record JobQuery(string? Team = null, string? Queue = null, JobState? State = null, int Limit = 100, JobCursor? After = null);
