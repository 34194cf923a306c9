// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.S3.Inputs;

public sealed class BucketLifecycleConfigurationRuleArgs : global::Pulumi.ResourceArgs
{
    [Input("abortIncompleteMultipartUpload")]
    public Input<Inputs.BucketLifecycleConfigurationRuleAbortIncompleteMultipartUploadArgs>? AbortIncompleteMultipartUpload { get; set; }

    [Input("filter")]
    public Input<Inputs.BucketLifecycleConfigurationRuleFilterArgs>? Filter { get; set; }

    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    [Input("noncurrentVersionExpiration")]
    public Input<Inputs.BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs>? NoncurrentVersionExpiration { get; set; }

    [Input("status", required: true)]
    public Input<string> Status { get; set; } = null!;

    public BucketLifecycleConfigurationRuleArgs()
    {
    }
}
