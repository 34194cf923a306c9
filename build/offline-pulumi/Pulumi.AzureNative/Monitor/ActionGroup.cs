// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Monitor;

[AzureNativeResourceType("azure-native:monitor:ActionGroup")]
public partial class ActionGroup : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public ActionGroup(string name, ActionGroupArgs args, CustomResourceOptions? options = null)
        : base("azure-native:monitor:ActionGroup", name, args ?? new ActionGroupArgs(), options)
    {
    }
}

public sealed class ActionGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("actionGroupName")]
    public Input<string>? ActionGroupName { get; set; }

    [Input("emailReceivers")]
    private InputList<Inputs.MicrosoftCommonEmailReceiverArgs>? _emailReceivers;

    public InputList<Inputs.MicrosoftCommonEmailReceiverArgs> EmailReceivers
    {
        get => _emailReceivers ?? (_emailReceivers = new InputList<Inputs.MicrosoftCommonEmailReceiverArgs>());
        set => _emailReceivers = value;
    }

    [Input("enabled", required: true)]
    public Input<bool> Enabled { get; set; } = null!;

    [Input("groupShortName", required: true)]
    public Input<string> GroupShortName { get; set; } = null!;

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

    public ActionGroupArgs()
    {
        Enabled = true;
    }
}
