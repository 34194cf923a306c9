// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Network;

[AzureNativeResourceType("azure-native:network:VirtualNetwork")]
public partial class VirtualNetwork : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public VirtualNetwork(string name, VirtualNetworkArgs args, CustomResourceOptions? options = null)
        : base("azure-native:network:VirtualNetwork", name, args ?? new VirtualNetworkArgs(), options)
    {
    }
}

public sealed class VirtualNetworkArgs : global::Pulumi.ResourceArgs
{
    [Input("addressSpace")]
    public Input<Inputs.AddressSpaceArgs>? AddressSpace { get; set; }

    [Input("enableDdosProtection")]
    public Input<bool>? EnableDdosProtection { get; set; }

    [Input("enableVmProtection")]
    public Input<bool>? EnableVmProtection { get; set; }

    [Input("location")]
    public Input<string>? Location { get; set; }

    [Input("resourceGroupName", required: true)]
    public Input<string> ResourceGroupName { get; set; } = null!;

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    [Input("virtualNetworkName")]
    public Input<string>? VirtualNetworkName { get; set; }

    public VirtualNetworkArgs()
    {
        EnableDdosProtection = false;
        EnableVmProtection = false;
    }
}
