// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Network.Inputs;

public sealed class DelegationArgs : global::Pulumi.ResourceArgs
{
    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("serviceName")]
    public Input<string>? ServiceName { get; set; }
}
