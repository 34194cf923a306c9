// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.Eks.Inputs;

public sealed class NodeGroupUpdateConfigArgs : global::Pulumi.ResourceArgs
{
    [Input("maxUnavailable")]
    public Input<int>? MaxUnavailable { get; set; }

    [Input("maxUnavailablePercentage")]
    public Input<int>? MaxUnavailablePercentage { get; set; }

    public NodeGroupUpdateConfigArgs()
    {
    }
}
