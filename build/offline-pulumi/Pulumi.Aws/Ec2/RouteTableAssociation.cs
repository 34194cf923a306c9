// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2;

[AwsResourceType("aws:ec2/routeTableAssociation:RouteTableAssociation")]
public partial class RouteTableAssociation : global::Pulumi.CustomResource
{
    [Output("routeTableId")]
    public Output<string> RouteTableId { get; private set; } = null!;

    public RouteTableAssociation(string name, RouteTableAssociationArgs args, CustomResourceOptions? options = null)
        : base("aws:ec2/routeTableAssociation:RouteTableAssociation", name, args ?? new RouteTableAssociationArgs(), options)
    {
    }
}

public sealed class RouteTableAssociationArgs : global::Pulumi.ResourceArgs
{
    [Input("routeTableId", required: true)]
    public Input<string> RouteTableId { get; set; } = null!;

    [Input("subnetId")]
    public Input<string>? SubnetId { get; set; }

    public RouteTableAssociationArgs()
    {
    }
}
