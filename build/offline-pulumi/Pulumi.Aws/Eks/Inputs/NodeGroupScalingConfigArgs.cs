// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.Eks.Inputs;

public sealed class NodeGroupScalingConfigArgs : global::Pulumi.ResourceArgs
{
    [Input("desiredSize", required: true)]
    public Input<int> DesiredSize { get; set; } = null!;

    [Input("maxSize", required: true)]
    public Input<int> MaxSize { get; set; } = null!;

    [Input("minSize", required: true)]
    public Input<int> MinSize { get; set; } = null!;

    public NodeGroupScalingConfigArgs()
    {
    }
}
