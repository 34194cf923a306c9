// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2;

[AwsResourceType("aws:ec2/route:Route")]
public partial class Route : global::Pulumi.CustomResource
{
    [Output("routeTableId")]
    public Output<string> RouteTableId { get; private set; } = null!;

    public Route(string name, RouteArgs args, CustomResourceOptions? options = null)
        : base("aws:ec2/route:Route", name, args ?? new RouteArgs(), options)
    {
    }
}

public sealed class RouteArgs : global::Pulumi.ResourceArgs
{
    [Input("destinationCidrBlock")]
    public Input<string>? DestinationCidrBlock { get; set; }

    [Input("gatewayId")]
    public Input<string>? GatewayId { get; set; }

    [Input("natGatewayId")]
    public Input<string>? NatGatewayId { get; set; }

    [Input("routeTableId", required: true)]
    public Input<string> RouteTableId { get; set; } = null!;

    public RouteArgs()
    {
    }
}
