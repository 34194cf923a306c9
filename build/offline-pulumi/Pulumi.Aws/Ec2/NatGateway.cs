// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2;

[AwsResourceType("aws:ec2/natGateway:NatGateway")]
public partial class NatGateway : global::Pulumi.CustomResource
{
    [Output("subnetId")]
    public Output<string?> SubnetId { get; private set; } = null!;

    public NatGateway(string name, NatGatewayArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:ec2/natGateway:NatGateway", name, args ?? new NatGatewayArgs(), options)
    {
    }
}

public sealed class NatGatewayArgs : global::Pulumi.ResourceArgs
{
    [Input("allocationId")]
    public Input<string>? AllocationId { get; set; }

    [Input("connectivityType")]
    public Input<string>? ConnectivityType { get; set; }

    [Input("subnetId")]
    public Input<string>? SubnetId { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    public NatGatewayArgs()
    {
    }
}
