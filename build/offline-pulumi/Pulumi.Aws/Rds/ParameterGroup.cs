// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Rds;

[AwsResourceType("aws:rds/parameterGroup:ParameterGroup")]
public partial class ParameterGroup : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public ParameterGroup(string name, ParameterGroupArgs args, CustomResourceOptions? options = null)
        : base("aws:rds/parameterGroup:ParameterGroup", name, args ?? new ParameterGroupArgs(), options)
    {
    }
}

public sealed class ParameterGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("family", required: true)]
    public Input<string> Family { get; set; } = null!;

    [Input("parameters")]
    private InputList<Inputs.ParameterGroupParameterArgs>? _parameters;

    public InputList<Inputs.ParameterGroupParameterArgs> Parameters
    {
        get => _parameters ?? (_parameters = new InputList<Inputs.ParameterGroupParameterArgs>());
        set => _parameters = value;
    }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    public ParameterGroupArgs()
    {
        Description = "Managed by Pulumi";
    }
}
