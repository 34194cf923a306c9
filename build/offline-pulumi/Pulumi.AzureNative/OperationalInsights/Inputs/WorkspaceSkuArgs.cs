// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.OperationalInsights.Inputs;

public sealed class WorkspaceSkuArgs : global::Pulumi.ResourceArgs
{
    [Input("name", required: true)]
    public InputUnion<string, Pulumi.AzureNative.OperationalInsights.WorkspaceSkuNameEnum> Name { get; set; } = null!;
}
