// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2;

[AwsResourceType("aws:ec2/subnet:Subnet")]
public partial class Subnet : global::Pulumi.CustomResource
{
    [Output("availabilityZone")]
    public Output<string> AvailabilityZone { get; private set; } = null!;

    [Output("cidrBlock")]
    public Output<string> CidrBlock { get; private set; } = null!;

    [Output("vpcId")]
    public Output<string> VpcId { get; private set; } = null!;

    public Subnet(string name, SubnetArgs args, CustomResourceOptions? options = null)
        : base("aws:ec2/subnet:Subnet", name, args ?? new SubnetArgs(), options)
    {
    }
}

public sealed class SubnetArgs : global::Pulumi.ResourceArgs
{
    [Input("availabilityZone")]
    public Input<string>? AvailabilityZone { get; set; }

    [Input("cidrBlock")]
    public Input<string>? CidrBlock { get; set; }

    [Input("mapPublicIpOnLaunch")]
    public Input<bool>? MapPublicIpOnLaunch { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    [Input("vpcId", required: true)]
    public Input<string> VpcId { get; set; } = null!;

    public SubnetArgs()
    {
    }
}
