// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Rds;

[AwsResourceType("aws:rds/subnetGroup:SubnetGroup")]
public partial class SubnetGroup : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public SubnetGroup(string name, SubnetGroupArgs args, CustomResourceOptions? options = null)
        : base("aws:rds/subnetGroup:SubnetGroup", name, args ?? new SubnetGroupArgs(), options)
    {
    }
}

public sealed class SubnetGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("subnetIds", required: true)]
    private InputList<string>? _subnetIds;

    public InputList<string> SubnetIds
    {
        get => _subnetIds ?? (_subnetIds = new InputList<string>());
        set => _subnetIds = value;
    }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    public SubnetGroupArgs()
    {
        Description = "Managed by Pulumi";
    }
}
