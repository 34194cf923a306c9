// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Network;

[AzureNativeResourceType("azure-native:network:Subnet")]
public partial class Subnet : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string?> Name { get; private set; } = null!;

    public Subnet(string name, SubnetArgs args, CustomResourceOptions? options = null)
        : base("azure-native:network:Subnet", name, args ?? new SubnetArgs(), options)
    {
    }
}

public sealed class SubnetArgs : global::Pulumi.ResourceArgs
{
    [Input("addressPrefix")]
    public Input<string>? AddressPrefix { get; set; }

    [Input("delegations")]
    private InputList<Pulumi.AzureNative.Network.Inputs.DelegationArgs>? _delegations;

    public InputList<Pulumi.AzureNative.Network.Inputs.DelegationArgs> Delegations
    {
        get => _delegations ?? (_delegations = new InputList<Pulumi.AzureNative.Network.Inputs.DelegationArgs>());
        set => _delegations = value;
    }

    [Input("privateEndpointNetworkPolicies")]
    public InputUnion<string, Pulumi.AzureNative.Network.VirtualNetworkPrivateEndpointNetworkPolicies>? PrivateEndpointNetworkPolicies { get; set; }

    [Input("privateLinkServiceNetworkPolicies")]
    public InputUnion<string, Pulumi.AzureNative.Network.VirtualNetworkPrivateLinkServiceNetworkPolicies>? PrivateLinkServiceNetworkPolicies { get; set; }

    [Input("resourceGroupName", required: true)]
    public Input<string> ResourceGroupName { get; set; } = null!;

    [Input("subnetName")]
    public Input<string>? SubnetName { get; set; }

    [Input("virtualNetworkName", required: true)]
    public Input<string> VirtualNetworkName { get; set; } = null!;

    public SubnetArgs()
    {
        PrivateEndpointNetworkPolicies = "Disabled";
        PrivateLinkServiceNetworkPolicies = "Enabled";
    }
}
