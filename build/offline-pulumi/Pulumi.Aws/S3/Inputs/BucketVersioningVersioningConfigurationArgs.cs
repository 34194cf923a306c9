// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.S3.Inputs;

public sealed class BucketVersioningVersioningConfigurationArgs : global::Pulumi.ResourceArgs
{
    [Input("status", required: true)]
    public Input<string> Status { get; set; } = null!;

    public BucketVersioningVersioningConfigurationArgs()
    {
    }
}
