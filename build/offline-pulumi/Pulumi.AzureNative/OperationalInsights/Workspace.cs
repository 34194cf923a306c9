// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.OperationalInsights;

[AzureNativeResourceType("azure-native:operationalinsights:Workspace")]
public partial class Workspace : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public Workspace(string name, WorkspaceArgs args, CustomResourceOptions? options = null)
        : base("azure-native:operationalinsights:Workspace", name, args ?? new WorkspaceArgs(), options)
    {
    }
}

public sealed class WorkspaceArgs : global::Pulumi.ResourceArgs
{
    [Input("location")]
    public Input<string>? Location { get; set; }

    [Input("resourceGroupName", required: true)]
    public Input<string> ResourceGroupName { get; set; } = null!;

    [Input("retentionInDays")]
    public Input<int>? RetentionInDays { get; set; }

    [Input("sku")]
    public Input<Inputs.WorkspaceSkuArgs>? Sku { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    [Input("workspaceName")]
    public Input<string>? WorkspaceName { get; set; }
}
