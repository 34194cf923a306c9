// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Eks;

[AwsResourceType("aws:eks/cluster:Cluster")]
public partial class Cluster : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("certificateAuthority")]
    public Output<Outputs.ClusterCertificateAuthority> CertificateAuthority { get; private set; } = null!;

    [Output("endpoint")]
    public Output<string> Endpoint { get; private set; } = null!;

    [Output("identities")]
    public Output<ImmutableArray<Outputs.ClusterIdentity>> Identities { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("version")]
    public Output<string> Version { get; private set; } = null!;

    [Output("vpcConfig")]
    public Output<Outputs.ClusterVpcConfig> VpcConfig { get; private set; } = null!;

    public Cluster(string name, ClusterArgs args, CustomResourceOptions? options = null)
        : base("aws:eks/cluster:Cluster", name, args ?? new ClusterArgs(), options)
    {
    }
}

public sealed class ClusterArgs : global::Pulumi.ResourceArgs
{
    [Input("accessConfig")]
    public Input<Inputs.ClusterAccessConfigArgs>? AccessConfig { get; set; }

    [Input("enabledClusterLogTypes")]
    private InputList<string>? _enabledClusterLogTypes;

    public InputList<string> EnabledClusterLogTypes
    {
        get => _enabledClusterLogTypes ?? (_enabledClusterLogTypes = new InputList<string>());
        set => _enabledClusterLogTypes = value;
    }

    [Input("encryptionConfig")]
    public Input<Inputs.ClusterEncryptionConfigArgs>? EncryptionConfig { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("roleArn", required: true)]
    public Input<string> RoleArn { get; set; } = null!;

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    [Input("version")]
    public Input<string>? Version { get; set; }

    [Input("vpcConfig", required: true)]
    public Input<Inputs.ClusterVpcConfigArgs> VpcConfig { get; set; } = null!;

    public ClusterArgs()
    {
    }
}
