// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Storage.Inputs;

public sealed class ManagementPolicyVersionArgs : global::Pulumi.ResourceArgs
{
    [Input("delete")]
    public Input<Inputs.DateAfterCreationArgs>? Delete { get; set; }
}
