// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.S3.Inputs;

public sealed class BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs : global::Pulumi.ResourceArgs
{
    [Input("kmsMasterKeyId")]
    public Input<string>? KmsMasterKeyId { get; set; }

    [Input("sseAlgorithm", required: true)]
    public Input<string> SseAlgorithm { get; set; } = null!;

    public BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs()
    {
    }
}
