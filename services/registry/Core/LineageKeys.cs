namespace MlPlatform.Registry;

/// <summary>
/// The lineage keys the platform fills and reads, and the environment contract a training job's container gets from
/// the scheduler (<c>MLPLATFORM_*</c>), so a job can register its output with lineage filled in.
/// </summary>
public static class LineageKeys
{
    public const string TrainingJob = "training_job";
    public const string Dataset = "dataset";
    public const string DatasetVersion = "dataset_version";
    public const string DatasetDigest = "dataset_digest";
    public const string CodeCommit = "code_commit";
    public const string ImageDigest = "image_digest";
    public const string ParentVersion = "parent_version";

    /// <summary>Environment variable → lineage key, as the scheduler sets them on a run.</summary>
    public static readonly IReadOnlyDictionary<string, string> Environment = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["MLPLATFORM_JOB_ID"] = TrainingJob,
        ["MLPLATFORM_DATASET"] = Dataset,
        ["MLPLATFORM_DATASET_VERSION"] = DatasetVersion,
        ["MLPLATFORM_DATASET_DIGEST"] = DatasetDigest,
        ["MLPLATFORM_CODE_COMMIT"] = CodeCommit,
        ["MLPLATFORM_IMAGE_DIGEST"] = ImageDigest,
    };

    /// <summary>The lineage the environment carries (variables that are set and not empty).</summary>
    public static IReadOnlyDictionary<string, string> FromEnvironment(Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return Environment
            .Select(p => (Key: p.Value, Value: read(p.Key)))
            .Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .ToDictionary(p => p.Key, p => p.Value!.Trim(), StringComparer.Ordinal);
    }
}
