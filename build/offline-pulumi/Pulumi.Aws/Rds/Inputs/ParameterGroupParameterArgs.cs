// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.Rds.Inputs;

public sealed class ParameterGroupParameterArgs : global::Pulumi.ResourceArgs
{
    [Input("applyMethod")]
    public Input<string>? ApplyMethod { get; set; }

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("value", required: true)]
    public Input<string> Value { get; set; } = null!;

    public ParameterGroupParameterArgs()
    {
        ApplyMethod = "immediate";
    }
}
