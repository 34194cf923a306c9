// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.S3.Inputs;

public sealed class BucketLifecycleConfigurationRuleAbortIncompleteMultipartUploadArgs : global::Pulumi.ResourceArgs
{
    [Input("daysAfterInitiation")]
    public Input<int>? DaysAfterInitiation { get; set; }

    public BucketLifecycleConfigurationRuleAbortIncompleteMultipartUploadArgs()
    {
    }
}
