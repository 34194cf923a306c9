// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.Eks.Inputs;

public sealed class ClusterEncryptionConfigProviderArgs : global::Pulumi.ResourceArgs
{
    [Input("keyArn", required: true)]
    public Input<string> KeyArn { get; set; } = null!;

    public ClusterEncryptionConfigProviderArgs()
    {
    }
}
