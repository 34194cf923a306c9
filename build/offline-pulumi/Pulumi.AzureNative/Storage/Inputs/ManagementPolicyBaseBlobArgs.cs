// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Storage.Inputs;

public sealed class ManagementPolicyBaseBlobArgs : global::Pulumi.ResourceArgs
{
    [Input("tierToCool")]
    public Input<Inputs.DateAfterModificationArgs>? TierToCool { get; set; }
}
