// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.ContainerService.Inputs;

public sealed class ManagedClusterSecurityProfileWorkloadIdentityArgs : global::Pulumi.ResourceArgs
{
    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }
}
