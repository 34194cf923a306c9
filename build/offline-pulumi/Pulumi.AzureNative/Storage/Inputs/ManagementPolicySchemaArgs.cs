// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Storage.Inputs;

public sealed class ManagementPolicySchemaArgs : global::Pulumi.ResourceArgs
{
    [Input("rules", required: true)]
    private InputList<Inputs.ManagementPolicyRuleArgs>? _rules;

    public InputList<Inputs.ManagementPolicyRuleArgs> Rules
    {
        get => _rules ?? (_rules = new InputList<Inputs.ManagementPolicyRuleArgs>());
        set => _rules = value;
    }
}
