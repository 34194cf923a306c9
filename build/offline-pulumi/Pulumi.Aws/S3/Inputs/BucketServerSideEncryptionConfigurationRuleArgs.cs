// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.S3.Inputs;

public sealed class BucketServerSideEncryptionConfigurationRuleArgs : global::Pulumi.ResourceArgs
{
    [Input("applyServerSideEncryptionByDefault")]
    public Input<Inputs.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs>? ApplyServerSideEncryptionByDefault { get; set; }

    [Input("bucketKeyEnabled")]
    public Input<bool>? BucketKeyEnabled { get; set; }

    public BucketServerSideEncryptionConfigurationRuleArgs()
    {
    }
}
