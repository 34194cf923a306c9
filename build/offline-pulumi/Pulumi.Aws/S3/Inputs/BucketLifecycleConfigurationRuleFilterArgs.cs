// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.S3.Inputs;

public sealed class BucketLifecycleConfigurationRuleFilterArgs : global::Pulumi.ResourceArgs
{
    [Input("prefix")]
    public Input<string>? Prefix { get; set; }

    public BucketLifecycleConfigurationRuleFilterArgs()
    {
    }
}
