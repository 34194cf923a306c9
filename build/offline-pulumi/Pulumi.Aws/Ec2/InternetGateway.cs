// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2;

[AwsResourceType("aws:ec2/internetGateway:InternetGateway")]
public partial class InternetGateway : global::Pulumi.CustomResource
{
    [Output("vpcId")]
    public Output<string> VpcId { get; private set; } = null!;

    public InternetGateway(string name, InternetGatewayArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:ec2/internetGateway:InternetGateway", name, args ?? new InternetGatewayArgs(), options)
    {
    }
}

public sealed class InternetGatewayArgs : global::Pulumi.ResourceArgs
{
    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    [Input("vpcId")]
    public Input<string>? VpcId { get; set; }

    public InternetGatewayArgs()
    {
    }
}
