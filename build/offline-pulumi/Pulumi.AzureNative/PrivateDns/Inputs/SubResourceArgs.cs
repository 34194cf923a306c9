// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.PrivateDns.Inputs;

public sealed class SubResourceArgs : global::Pulumi.ResourceArgs
{
    [Input("id")]
    public Input<string>? Id { get; set; }
}
