// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Storage.Inputs;

public sealed class ManagementPolicyRuleArgs : global::Pulumi.ResourceArgs
{
    [Input("definition", required: true)]
    public Input<Inputs.ManagementPolicyDefinitionArgs> Definition { get; set; } = null!;

    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("type", required: true)]
    public InputUnion<string, Pulumi.AzureNative.Storage.RuleType> Type { get; set; } = null!;
}
