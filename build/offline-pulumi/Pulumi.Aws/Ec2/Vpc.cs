// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2;

[AwsResourceType("aws:ec2/vpc:Vpc")]
public partial class Vpc : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("cidrBlock")]
    public Output<string> CidrBlock { get; private set; } = null!;

    public Vpc(string name, VpcArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:ec2/vpc:Vpc", name, args ?? new VpcArgs(), options)
    {
    }
}

public sealed class VpcArgs : global::Pulumi.ResourceArgs
{
    [Input("cidrBlock")]
    public Input<string>? CidrBlock { get; set; }

    [Input("enableDnsHostnames")]
    public Input<bool>? EnableDnsHostnames { get; set; }

    [Input("enableDnsSupport")]
    public Input<bool>? EnableDnsSupport { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    public VpcArgs()
    {
    }
}
