// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Network.Inputs;

public sealed class SubnetArgs : global::Pulumi.ResourceArgs
{
    [Input("id")]
    public Input<string>? Id { get; set; }

    [Input("privateEndpointNetworkPolicies")]
    public InputUnion<string, Pulumi.AzureNative.Network.VirtualNetworkPrivateEndpointNetworkPolicies>? PrivateEndpointNetworkPolicies { get; set; }

    [Input("privateLinkServiceNetworkPolicies")]
    public InputUnion<string, Pulumi.AzureNative.Network.VirtualNetworkPrivateLinkServiceNetworkPolicies>? PrivateLinkServiceNetworkPolicies { get; set; }

    public SubnetArgs()
    {
        PrivateEndpointNetworkPolicies = "Disabled";
        PrivateLinkServiceNetworkPolicies = "Enabled";
    }
}
