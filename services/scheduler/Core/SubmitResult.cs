namespace MlPlatform.Scheduler.Core;

/// <summary>The stored job after a submit, and whether the submit created it (false: an earlier submit with the same client key did).</summary>
public sealed record SubmitResult(Job Job, bool Created);
