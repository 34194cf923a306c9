// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.DBforPostgreSQL.Inputs;

public sealed class NetworkArgs : global::Pulumi.ResourceArgs
{
    [Input("delegatedSubnetResourceId")]
    public Input<string>? DelegatedSubnetResourceId { get; set; }

    [Input("privateDnsZoneArmResourceId")]
    public Input<string>? PrivateDnsZoneArmResourceId { get; set; }

    [Input("publicNetworkAccess")]
    public InputUnion<string, Pulumi.AzureNative.DBforPostgreSQL.ServerPublicNetworkAccessState>? PublicNetworkAccess { get; set; }
}
