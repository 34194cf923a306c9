using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pulumi;
using Pulumi.Aws.Eks;
using Pulumi.Aws.Iam;
using Pulumi.Aws.Kms;

namespace MlPlatform.Components.Aws;

/// <summary>
/// Datasets close to the GPUs: a private, versioned, KMS-encrypted bucket of content-addressed dataset versions
/// (<c>datasets/&lt;name&gt;/&lt;version&gt;/manifest.json</c> lists object keys with SHA-256 digests and sizes), the
/// warmer's read-only role bound to its service account through EKS Pod Identity. The warmer itself (the Kubernetes
/// layer's <c>DatasetWarmer</c>) fills the NVMe cache GPU nodes mount at <see cref="DatasetCacheArgs.MountPath"/>.
/// </summary>
public sealed partial class DatasetCache : ComponentResource
{
    public const string TypeToken = "mlplatform:aws:DatasetCache";

    public const string DatasetsPrefix = "datasets/";

    public DatasetCache(string name, DatasetCacheArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        InvalidSpecException.ThrowIfAny(Validate(args));
        var child = new CustomResourceOptions { Parent = this };
        var tags = AwsTags.For(args.Tags, $"{args.NamePrefix}-datasets");
        var key = ManagedKey.Create($"{name}-key", $"Dataset store of {args.NamePrefix}", tags, this, AwsNaming.KmsAlias(args.NamePrefix, "datasets"));
        var bucket = PrivateBucket.Create($"{name}-bucket", AwsNaming.BucketPrefix(args.NamePrefix, "datasets"), key.Arn, args.NoncurrentVersionExpiryDays, tags, this);
        var readPolicy = new Policy($"{name}-read", new PolicyArgs
        {
            Description = "Dataset warmer: read dataset manifests and objects",
            PolicyDocument = Output.Tuple(bucket.Arn, key.Arn).Apply(t => IamPolicies.BucketRead(t.Item1, [DatasetsPrefix], t.Item2)),
            Tags = tags,
        }, child);
        var role = new Role($"{name}-warmer", new RoleArgs
        {
            AssumeRolePolicy = IamPolicies.PodIdentityAssumeRole(),
            Description = "Dataset warmer pods (EKS Pod Identity)",
            Tags = tags,
        }, child);
        _ = new RolePolicyAttachment($"{name}-warmer-read", new RolePolicyAttachmentArgs { Role = role.Name, PolicyArn = readPolicy.Arn }, child);
        if (args.ClusterName is not null)
        {
            _ = new PodIdentityAssociation($"{name}-warmer", new PodIdentityAssociationArgs
            {
                ClusterName = args.ClusterName,
                Namespace = args.WarmerServiceAccount.Namespace,
                ServiceAccount = args.WarmerServiceAccount.Name,
                RoleArn = role.Arn,
                Tags = tags,
            }, child);
        }

        BucketName = bucket.BucketName;
        BucketArn = bucket.Arn;
        KeyArn = key.Arn;
        Uri = bucket.BucketName.Apply(b => $"s3://{b}");
        ReaderPolicyArn = readPolicy.Arn;
        ReaderRoleArn = role.Arn;
        MountPath = Output.Create(args.MountPath);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["bucketName"] = BucketName,
            ["bucketArn"] = BucketArn,
            ["keyArn"] = KeyArn,
            ["uri"] = Uri,
            ["readerPolicyArn"] = ReaderPolicyArn,
            ["readerRoleArn"] = ReaderRoleArn,
            ["mountPath"] = MountPath,
        });
    }

    [Output("bucketName")]
    public Output<string> BucketName { get; private set; }

    [Output("bucketArn")]
    public Output<string> BucketArn { get; private set; }

    [Output("keyArn")]
    public Output<string> KeyArn { get; private set; }

    /// <summary><c>s3://&lt;bucket&gt;</c>.</summary>
    [Output("uri")]
    public Output<string> Uri { get; private set; }

    [Output("readerPolicyArn")]
    public Output<string> ReaderPolicyArn { get; private set; }

    /// <summary>The warmer's role (bound to its service account through Pod Identity).</summary>
    [Output("readerRoleArn")]
    public Output<string> ReaderRoleArn { get; private set; }

    [Output("mountPath")]
    public Output<string> MountPath { get; private set; }

    /// <summary>Every problem of the args, each naming its field.</summary>
    public static IReadOnlyList<SpecError> Validate(DatasetCacheArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = new List<SpecError>();
        if (!MountPathPattern().IsMatch(args.MountPath ?? string.Empty))
        {
            errors.Add(new SpecError("datasetCache.mountPath", $"must be an absolute path below /mnt or /var (got '{args.MountPath}')"));
        }

        if (args.MaxSizeGiB is < 1 or > 65536)
        {
            errors.Add(new SpecError("datasetCache.maxSizeGiB", $"must be between 1 and 65536 (got {args.MaxSizeGiB})"));
        }

        foreach (var (item, index) in args.Prefetch.Select((p, i) => (p, i)))
        {
            if (!DatasetRefPattern().IsMatch(item ?? string.Empty))
            {
                errors.Add(new SpecError($"datasetCache.prefetch[{index}]", $"must be name@version of lowercase letters, digits, '.', '_' or '-' (got '{item}')"));
            }
        }

        if (!args.WarmerImage.Contains("@sha256:", StringComparison.Ordinal))
        {
            errors.Add(new SpecError("services.datasetWarmer.image", $"must be pinned by digest (repo@sha256:…) (got '{args.WarmerImage}')"));
        }

        return errors;
    }

    [GeneratedRegex("^/(mnt|var)(/[A-Za-z0-9._-]+)+$")]
    private static partial Regex MountPathPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*@[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex DatasetRefPattern();
}
