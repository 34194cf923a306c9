// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.ContainerService.Inputs;

public sealed class ManagedClusterSKUArgs : global::Pulumi.ResourceArgs
{
    [Input("name")]
    public InputUnion<string, Pulumi.AzureNative.ContainerService.ManagedClusterSKUName>? Name { get; set; }

    [Input("tier")]
    public InputUnion<string, Pulumi.AzureNative.ContainerService.ManagedClusterSKUTier>? Tier { get; set; }
}
