// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.ContainerService.Inputs;

public sealed class ManagedClusterIdentityArgs : global::Pulumi.ResourceArgs
{
    [Input("type")]
    public Input<Pulumi.AzureNative.ContainerService.ResourceIdentityType>? Type { get; set; }
}
