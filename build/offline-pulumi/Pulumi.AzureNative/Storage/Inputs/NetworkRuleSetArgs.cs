// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Storage.Inputs;

public sealed class NetworkRuleSetArgs : global::Pulumi.ResourceArgs
{
    [Input("bypass")]
    public InputUnion<string, Pulumi.AzureNative.Storage.Bypass>? Bypass { get; set; }

    [Input("defaultAction", required: true)]
    public Input<Pulumi.AzureNative.Storage.DefaultAction> DefaultAction { get; set; } = null!;

    public NetworkRuleSetArgs()
    {
        Bypass = "AzureServices";
        DefaultAction = Pulumi.AzureNative.Storage.DefaultAction.Allow;
    }
}
