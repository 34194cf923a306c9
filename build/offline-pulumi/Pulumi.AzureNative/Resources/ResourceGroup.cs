// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Resources;

[AzureNativeResourceType("azure-native:resources:ResourceGroup")]
public partial class ResourceGroup : global::Pulumi.CustomResource
{
    [Output("location")]
    public Output<string> Location { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public ResourceGroup(string name, ResourceGroupArgs? args = null, CustomResourceOptions? options = null)
        : base("azure-native:resources:ResourceGroup", name, args ?? new ResourceGroupArgs(), options)
    {
    }
}

public sealed class ResourceGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("location")]
    public Input<string>? Location { get; set; }

    [Input("resourceGroupName")]
    public Input<string>? ResourceGroupName { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }
}
