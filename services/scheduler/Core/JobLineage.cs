namespace MlPlatform.Scheduler.Core;

/// <summary>
/// Where a training job's output comes from, beyond the job itself: the dataset (name, version and the warmer's
/// content-addressed manifest digest) and the code commit. The run gets it as environment variables
/// (<see cref="RunEnvironment"/>), so the job can register the model it trains with its lineage filled in.
/// </summary>
public sealed record JobLineage(string? Dataset = null, string? DatasetVersion = null, string? DatasetDigest = null, string? CodeCommit = null);
