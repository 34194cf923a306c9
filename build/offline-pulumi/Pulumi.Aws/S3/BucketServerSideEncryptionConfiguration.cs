// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.S3;

[AwsResourceType("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration")]
public partial class BucketServerSideEncryptionConfiguration : global::Pulumi.CustomResource
{
    [Output("bucket")]
    public Output<string> Bucket { get; private set; } = null!;

    public BucketServerSideEncryptionConfiguration(string name, BucketServerSideEncryptionConfigurationArgs args, CustomResourceOptions? options = null)
        : base("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", name, args ?? new BucketServerSideEncryptionConfigurationArgs(), options)
    {
    }
}

public sealed class BucketServerSideEncryptionConfigurationArgs : global::Pulumi.ResourceArgs
{
    [Input("bucket", required: true)]
    public Input<string> Bucket { get; set; } = null!;

    [Input("rules", required: true)]
    private InputList<Inputs.BucketServerSideEncryptionConfigurationRuleArgs>? _rules;

    public InputList<Inputs.BucketServerSideEncryptionConfigurationRuleArgs> Rules
    {
        get => _rules ?? (_rules = new InputList<Inputs.BucketServerSideEncryptionConfigurationRuleArgs>());
        set => _rules = value;
    }

    public BucketServerSideEncryptionConfigurationArgs()
    {
    }
}
