// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Network;

[AzureNativeResourceType("azure-native:network:PrivateDnsZoneGroup")]
public partial class PrivateDnsZoneGroup : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string?> Name { get; private set; } = null!;

    public PrivateDnsZoneGroup(string name, PrivateDnsZoneGroupArgs args, CustomResourceOptions? options = null)
        : base("azure-native:network:PrivateDnsZoneGroup", name, args ?? new PrivateDnsZoneGroupArgs(), options)
    {
    }
}

public sealed class PrivateDnsZoneGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("privateDnsZoneConfigs")]
    private InputList<Inputs.PrivateDnsZoneConfigArgs>? _privateDnsZoneConfigs;

    public InputList<Inputs.PrivateDnsZoneConfigArgs> PrivateDnsZoneConfigs
    {
        get => _privateDnsZoneConfigs ?? (_privateDnsZoneConfigs = new InputList<Inputs.PrivateDnsZoneConfigArgs>());
        set => _privateDnsZoneConfigs = value;
    }

    [Input("privateDnsZoneGroupName")]
    public Input<string>? PrivateDnsZoneGroupName { get; set; }

    [Input("privateEndpointName", required: true)]
    public Input<string> PrivateEndpointName { get; set; } = null!;

    [Input("resourceGroupName", required: true)]
    public Input<string> ResourceGroupName { get; set; } = null!;
}
