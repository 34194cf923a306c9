// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Storage.Inputs;

public sealed class ManagementPolicyActionArgs : global::Pulumi.ResourceArgs
{
    [Input("baseBlob")]
    public Input<Inputs.ManagementPolicyBaseBlobArgs>? BaseBlob { get; set; }

    [Input("version")]
    public Input<Inputs.ManagementPolicyVersionArgs>? Version { get; set; }
}
