// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.PrivateDns;

[AzureNativeResourceType("azure-native:privatedns:VirtualNetworkLink")]
public partial class VirtualNetworkLink : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public VirtualNetworkLink(string name, VirtualNetworkLinkArgs args, CustomResourceOptions? options = null)
        : base("azure-native:privatedns:VirtualNetworkLink", name, args ?? new VirtualNetworkLinkArgs(), options)
    {
    }
}

public sealed class VirtualNetworkLinkArgs : global::Pulumi.ResourceArgs
{
    [Input("location")]
    public Input<string>? Location { get; set; }

    [Input("privateZoneName", required: true)]
    public Input<string> PrivateZoneName { get; set; } = null!;

    [Input("registrationEnabled")]
    public Input<bool>? RegistrationEnabled { get; set; }

    [Input("resourceGroupName", required: true)]
    public Input<string> ResourceGroupName { get; set; } = null!;

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    [Input("virtualNetwork")]
    public Input<Inputs.SubResourceArgs>? VirtualNetwork { get; set; }

    [Input("virtualNetworkLinkName")]
    public Input<string>? VirtualNetworkLinkName { get; set; }
}
