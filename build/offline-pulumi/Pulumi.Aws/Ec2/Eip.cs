// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2;

[AwsResourceType("aws:ec2/eip:Eip")]
public partial class Eip : global::Pulumi.CustomResource
{
    [Output("allocationId")]
    public Output<string> AllocationId { get; private set; } = null!;

    [Output("publicIp")]
    public Output<string> PublicIp { get; private set; } = null!;

    public Eip(string name, EipArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:ec2/eip:Eip", name, args ?? new EipArgs(), options)
    {
    }
}

public sealed class EipArgs : global::Pulumi.ResourceArgs
{
    [Input("domain")]
    public Input<string>? Domain { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    public EipArgs()
    {
    }
}
