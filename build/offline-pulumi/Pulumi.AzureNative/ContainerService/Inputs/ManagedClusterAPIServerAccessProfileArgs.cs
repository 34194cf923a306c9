// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.ContainerService.Inputs;

public sealed class ManagedClusterAPIServerAccessProfileArgs : global::Pulumi.ResourceArgs
{
    [Input("authorizedIPRanges")]
    private InputList<string>? _authorizedIPRanges;

    public InputList<string> AuthorizedIPRanges
    {
        get => _authorizedIPRanges ?? (_authorizedIPRanges = new InputList<string>());
        set => _authorizedIPRanges = value;
    }

    [Input("enablePrivateCluster")]
    public Input<bool>? EnablePrivateCluster { get; set; }

    [Input("privateDNSZone")]
    public Input<string>? PrivateDNSZone { get; set; }
}
