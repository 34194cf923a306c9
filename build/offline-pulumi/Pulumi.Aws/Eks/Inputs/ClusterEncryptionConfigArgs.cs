// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.Eks.Inputs;

public sealed class ClusterEncryptionConfigArgs : global::Pulumi.ResourceArgs
{
    [Input("provider", required: true)]
    public Input<Inputs.ClusterEncryptionConfigProviderArgs> Provider { get; set; } = null!;

    [Input("resources", required: true)]
    private InputList<string>? _resources;

    public InputList<string> Resources
    {
        get => _resources ?? (_resources = new InputList<string>());
        set => _resources = value;
    }

    public ClusterEncryptionConfigArgs()
    {
    }
}
