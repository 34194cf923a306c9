namespace MlPlatform.Scheduler.Core;

/// <summary>An executor's report on one run.</summary>
/// <param name="JobId">The job.</param>
/// <param name="Attempt">The run's attempt number.</param>
/// <param name="Status">Running, finished or unknown.</param>
/// <param name="ExitCode">The process exit code, when it ended on its own.</param>
/// <param name="Reason">The platform's reason for the end (for example a Kubernetes pod reason such as <c>Evicted</c>).</param>
/// <param name="NodeReclaimed">Whether the node under the run was taken away (spot interruption, node shutdown).</param>
public sealed record RunObservation(string JobId, int Attempt, RunStatus Status, int? ExitCode = null, string? Reason = null, bool NodeReclaimed = false);
