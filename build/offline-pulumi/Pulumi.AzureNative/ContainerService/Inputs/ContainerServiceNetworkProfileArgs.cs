// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.ContainerService.Inputs;

public sealed class ContainerServiceNetworkProfileArgs : global::Pulumi.ResourceArgs
{
    [Input("dnsServiceIP")]
    public Input<string>? DnsServiceIP { get; set; }

    [Input("networkPlugin")]
    public InputUnion<string, Pulumi.AzureNative.ContainerService.NetworkPlugin>? NetworkPlugin { get; set; }

    [Input("networkPluginMode")]
    public InputUnion<string, Pulumi.AzureNative.ContainerService.NetworkPluginMode>? NetworkPluginMode { get; set; }

    [Input("networkPolicy")]
    public InputUnion<string, Pulumi.AzureNative.ContainerService.NetworkPolicy>? NetworkPolicy { get; set; }

    [Input("outboundType")]
    public InputUnion<string, Pulumi.AzureNative.ContainerService.OutboundType>? OutboundType { get; set; }

    [Input("podCidr")]
    public Input<string>? PodCidr { get; set; }

    [Input("serviceCidr")]
    public Input<string>? ServiceCidr { get; set; }

    public ContainerServiceNetworkProfileArgs()
    {
        DnsServiceIP = "10.0.0.10";
        OutboundType = "loadBalancer";
        PodCidr = "10.244.0.0/16";
        ServiceCidr = "10.0.0.0/16";
    }
}
