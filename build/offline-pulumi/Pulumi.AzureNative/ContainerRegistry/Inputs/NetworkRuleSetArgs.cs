// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.ContainerRegistry.Inputs;

public sealed class NetworkRuleSetArgs : global::Pulumi.ResourceArgs
{
    [Input("defaultAction", required: true)]
    public InputUnion<string, Pulumi.AzureNative.ContainerRegistry.DefaultAction> DefaultAction { get; set; } = null!;

    public NetworkRuleSetArgs()
    {
        DefaultAction = "Allow";
    }
}
