// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.Ec2.Inputs;

public sealed class SecurityGroupEgressArgs : global::Pulumi.ResourceArgs
{
    [Input("cidrBlocks")]
    private InputList<string>? _cidrBlocks;

    public InputList<string> CidrBlocks
    {
        get => _cidrBlocks ?? (_cidrBlocks = new InputList<string>());
        set => _cidrBlocks = value;
    }

    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("fromPort", required: true)]
    public Input<int> FromPort { get; set; } = null!;

    [Input("protocol", required: true)]
    public Input<string> Protocol { get; set; } = null!;

    [Input("self")]
    public Input<bool>? Self { get; set; }

    [Input("toPort", required: true)]
    public Input<int> ToPort { get; set; } = null!;

    public SecurityGroupEgressArgs()
    {
    }
}
