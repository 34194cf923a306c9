using System.Globalization;

namespace MlPlatform.Scheduler.Core;

/// <summary>
/// The environment contract between the scheduler and a job's container, the same on every executor: who the run is
/// (job id, attempt, gang size), where it checkpoints, and its lineage (image digest, dataset, code commit) — the
/// variables the model registry reads when a job registers its output (<c>MLPLATFORM_JOB_ID</c> → <c>training_job</c>…).
/// </summary>
public static class RunEnvironment
{
    public const string JobId = "MLPLATFORM_JOB_ID";
    public const string Attempt = "MLPLATFORM_ATTEMPT";
    public const string GangSize = "MLPLATFORM_GANG_SIZE";
    public const string CheckpointPath = "MLPLATFORM_CHECKPOINT_PATH";
    public const string ResumeFromCheckpoint = "MLPLATFORM_RESUME_FROM_CHECKPOINT";
    public const string ImageDigest = "MLPLATFORM_IMAGE_DIGEST";
    public const string Dataset = "MLPLATFORM_DATASET";
    public const string DatasetVersion = "MLPLATFORM_DATASET_VERSION";
    public const string DatasetDigest = "MLPLATFORM_DATASET_DIGEST";
    public const string CodeCommit = "MLPLATFORM_CODE_COMMIT";

    /// <summary>The prefix of the scheduler's own variables; a job's environment may not use it.</summary>
    public const string ReservedPrefix = "MLPLATFORM_";

    /// <summary>
    /// The variables of a run of <paramref name="job"/>, in a stable order: the job's own environment (by name), then the
    /// scheduler's, lineage ones only when known.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> For(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var spec = job.Spec;
        var variables = (spec.Environment ?? new Dictionary<string, string>())
            .Where(v => !v.Key.StartsWith(ReservedPrefix, StringComparison.Ordinal))
            .OrderBy(v => v.Key, StringComparer.Ordinal)
            .ToList();
        variables.AddRange(
        [
            new(JobId, job.Id),
            new(Attempt, job.Attempt.ToString(CultureInfo.InvariantCulture)),
            new(GangSize, spec.GangSize.ToString(CultureInfo.InvariantCulture)),
            new(CheckpointPath, spec.CheckpointPath ?? string.Empty),
            new(ResumeFromCheckpoint, job.ResumeFromCheckpoint ? "1" : "0"),
        ]);
        var at = spec.Image.LastIndexOf('@');
        if (at >= 0)
        {
            variables.Add(new(ImageDigest, spec.Image[(at + 1)..]));
        }

        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                variables.Add(new(name, value));
            }
        }

        Add(Dataset, spec.Lineage?.Dataset);
        Add(DatasetVersion, spec.Lineage?.DatasetVersion);
        Add(DatasetDigest, spec.Lineage?.DatasetDigest);
        Add(CodeCommit, spec.Lineage?.CodeCommit);
        return variables;
    }
}
