using Pulumi;
using Pulumi.Aws.Iam;
using Pulumi.Aws.Kms;

namespace MlPlatform.Components.Aws;

/// <summary>
/// Model registry storage: a private, versioned bucket encrypted with a dedicated KMS key, holding artifacts in the
/// <see cref="ModelStoreLayout"/>, and two IAM policies for pod identities: read-only (serving) and read-write (training).
/// </summary>
public sealed class ModelStore : ComponentResource
{
    public const string TypeToken = "mlplatform:aws:ModelStore";

    public ModelStore(string name, ModelStoreArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        InvalidSpecException.ThrowIfAny(args.NoncurrentVersionExpiryDays is < 1 or > 3650
            ? [new SpecError("modelStore.noncurrentVersionExpiryDays", $"must be between 1 and 3650 (got {args.NoncurrentVersionExpiryDays})")]
            : []);
        var child = new CustomResourceOptions { Parent = this };
        var tags = AwsTags.For(args.Tags, $"{args.NamePrefix}-models");
        var key = ManagedKey.Create($"{name}-key", $"Model store of {args.NamePrefix}", tags, this, AwsNaming.KmsAlias(args.NamePrefix, "models"));
        var bucket = PrivateBucket.Create($"{name}-bucket", AwsNaming.BucketPrefix(args.NamePrefix, "models"), key.Arn, args.NoncurrentVersionExpiryDays, tags, this);
        string[] prefixes = [ModelStoreLayout.ModelsPrefix, ModelStoreLayout.AliasesPrefix];
        var readOnly = new Policy($"{name}-read", new PolicyArgs
        {
            Description = "Serving: read model artifacts, lineage and aliases",
            PolicyDocument = Output.Tuple(bucket.Arn, key.Arn).Apply(t => IamPolicies.BucketRead(t.Item1, prefixes, t.Item2)),
            Tags = tags,
        }, child);
        var readWrite = new Policy($"{name}-write", new PolicyArgs
        {
            Description = "Training: publish model versions and move aliases",
            PolicyDocument = Output.Tuple(bucket.Arn, key.Arn).Apply(t => IamPolicies.BucketReadWrite(t.Item1, prefixes, t.Item2)),
            Tags = tags,
        }, child);

        BucketName = bucket.BucketName;
        BucketArn = bucket.Arn;
        KeyArn = key.Arn;
        Uri = bucket.BucketName.Apply(b => $"s3://{b}");
        ReadOnlyPolicyArn = readOnly.Arn;
        ReadWritePolicyArn = readWrite.Arn;
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["bucketName"] = BucketName,
            ["bucketArn"] = BucketArn,
            ["keyArn"] = KeyArn,
            ["uri"] = Uri,
            ["readOnlyPolicyArn"] = ReadOnlyPolicyArn,
            ["readWritePolicyArn"] = ReadWritePolicyArn,
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

    [Output("readOnlyPolicyArn")]
    public Output<string> ReadOnlyPolicyArn { get; private set; }

    [Output("readWritePolicyArn")]
    public Output<string> ReadWritePolicyArn { get; private set; }
}
