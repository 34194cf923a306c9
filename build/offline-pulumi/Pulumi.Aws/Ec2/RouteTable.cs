// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2;

[AwsResourceType("aws:ec2/routeTable:RouteTable")]
public partial class RouteTable : global::Pulumi.CustomResource
{
    [Output("vpcId")]
    public Output<string> VpcId { get; private set; } = null!;

    public RouteTable(string name, RouteTableArgs args, CustomResourceOptions? options = null)
        : base("aws:ec2/routeTable:RouteTable", name, args ?? new RouteTableArgs(), options)
    {
    }
}

public sealed class RouteTableArgs : global::Pulumi.ResourceArgs
{
    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    [Input("vpcId", required: true)]
    public Input<string> VpcId { get; set; } = null!;

    public RouteTableArgs()
    {
    }
}
