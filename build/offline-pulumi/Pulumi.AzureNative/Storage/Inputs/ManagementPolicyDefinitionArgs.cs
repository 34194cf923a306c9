// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Storage.Inputs;

public sealed class ManagementPolicyDefinitionArgs : global::Pulumi.ResourceArgs
{
    [Input("actions", required: true)]
    public Input<Inputs.ManagementPolicyActionArgs> Actions { get; set; } = null!;

    [Input("filters")]
    public Input<Inputs.ManagementPolicyFilterArgs>? Filters { get; set; }
}
