// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.S3.Inputs;

public sealed class BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs : global::Pulumi.ResourceArgs
{
    [Input("newerNoncurrentVersions")]
    public Input<int>? NewerNoncurrentVersions { get; set; }

    [Input("noncurrentDays", required: true)]
    public Input<int> NoncurrentDays { get; set; } = null!;

    public BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs()
    {
    }
}
