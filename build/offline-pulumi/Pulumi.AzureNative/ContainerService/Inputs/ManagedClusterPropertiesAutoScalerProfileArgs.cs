// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.ContainerService.Inputs;

public sealed class ManagedClusterPropertiesAutoScalerProfileArgs : global::Pulumi.ResourceArgs
{
    [Input("balanceSimilarNodeGroups")]
    public Input<string>? BalanceSimilarNodeGroups { get; set; }

    [Input("expander")]
    public InputUnion<string, Pulumi.AzureNative.ContainerService.Expander>? Expander { get; set; }

    [Input("maxNodeProvisionTime")]
    public Input<string>? MaxNodeProvisionTime { get; set; }

    [Input("scaleDownDelayAfterAdd")]
    public Input<string>? ScaleDownDelayAfterAdd { get; set; }

    [Input("scaleDownUnneededTime")]
    public Input<string>? ScaleDownUnneededTime { get; set; }

    [Input("skipNodesWithLocalStorage")]
    public Input<string>? SkipNodesWithLocalStorage { get; set; }

    [Input("skipNodesWithSystemPods")]
    public Input<string>? SkipNodesWithSystemPods { get; set; }
}
