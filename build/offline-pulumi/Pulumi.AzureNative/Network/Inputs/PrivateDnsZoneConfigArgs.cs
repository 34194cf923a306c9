// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Network.Inputs;

public sealed class PrivateDnsZoneConfigArgs : global::Pulumi.ResourceArgs
{
    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("privateDnsZoneId")]
    public Input<string>? PrivateDnsZoneId { get; set; }
}
