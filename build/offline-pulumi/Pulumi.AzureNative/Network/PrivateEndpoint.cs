// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Network;

[AzureNativeResourceType("azure-native:network:PrivateEndpoint")]
public partial class PrivateEndpoint : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public PrivateEndpoint(string name, PrivateEndpointArgs args, CustomResourceOptions? options = null)
        : base("azure-native:network:PrivateEndpoint", name, args ?? new PrivateEndpointArgs(), options)
    {
    }
}

public sealed class PrivateEndpointArgs : global::Pulumi.ResourceArgs
{
    [Input("customNetworkInterfaceName")]
    public Input<string>? CustomNetworkInterfaceName { get; set; }

    [Input("location")]
    public Input<string>? Location { get; set; }

    [Input("privateEndpointName")]
    public Input<string>? PrivateEndpointName { get; set; }

    [Input("privateLinkServiceConnections")]
    private InputList<Inputs.PrivateLinkServiceConnectionArgs>? _privateLinkServiceConnections;

    public InputList<Inputs.PrivateLinkServiceConnectionArgs> PrivateLinkServiceConnections
    {
        get => _privateLinkServiceConnections ?? (_privateLinkServiceConnections = new InputList<Inputs.PrivateLinkServiceConnectionArgs>());
        set => _privateLinkServiceConnections = value;
    }

    [Input("resourceGroupName", required: true)]
    public Input<string> ResourceGroupName { get; set; } = null!;

    [Input("subnet")]
    public Input<Inputs.SubnetArgs>? Subnet { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }
}
