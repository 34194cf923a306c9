// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.ContainerRegistry.Inputs;

public sealed class PoliciesArgs : global::Pulumi.ResourceArgs
{
    [Input("retentionPolicy")]
    public Input<Inputs.RetentionPolicyArgs>? RetentionPolicy { get; set; }
}
