// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Storage.Inputs;

public sealed class DeleteRetentionPolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("days")]
    public Input<int>? Days { get; set; }

    [Input("enabled")]
    public Input<bool>? Enabled { get; set; }
}
