// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.Eks.Inputs;

public sealed class NodeGroupTaintArgs : global::Pulumi.ResourceArgs
{
    [Input("effect", required: true)]
    public Input<string> Effect { get; set; } = null!;

    [Input("key", required: true)]
    public Input<string> Key { get; set; } = null!;

    [Input("value")]
    public Input<string>? Value { get; set; }

    public NodeGroupTaintArgs()
    {
    }
}
