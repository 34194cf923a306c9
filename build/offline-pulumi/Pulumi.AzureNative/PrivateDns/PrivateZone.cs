// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.PrivateDns;

[AzureNativeResourceType("azure-native:privatedns:PrivateZone")]
public partial class PrivateZone : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public PrivateZone(string name, PrivateZoneArgs args, CustomResourceOptions? options = null)
        : base("azure-native:privatedns:PrivateZone", name, args ?? new PrivateZoneArgs(), options)
    {
    }
}

public sealed class PrivateZoneArgs : global::Pulumi.ResourceArgs
{
    [Input("location")]
    public Input<string>? Location { get; set; }

    [Input("privateZoneName")]
    public Input<string>? PrivateZoneName { get; set; }

    [Input("resourceGroupName", required: true)]
    public Input<string> ResourceGroupName { get; set; } = null!;

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }
}
