// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2;

[AwsResourceType("aws:ec2/securityGroup:SecurityGroup")]
public partial class SecurityGroup : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("vpcId")]
    public Output<string> VpcId { get; private set; } = null!;

    public SecurityGroup(string name, SecurityGroupArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:ec2/securityGroup:SecurityGroup", name, args ?? new SecurityGroupArgs(), options)
    {
    }
}

public sealed class SecurityGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("egress")]
    private InputList<Inputs.SecurityGroupEgressArgs>? _egress;

    public InputList<Inputs.SecurityGroupEgressArgs> Egress
    {
        get => _egress ?? (_egress = new InputList<Inputs.SecurityGroupEgressArgs>());
        set => _egress = value;
    }

    [Input("ingress")]
    private InputList<Inputs.SecurityGroupIngressArgs>? _ingress;

    public InputList<Inputs.SecurityGroupIngressArgs> Ingress
    {
        get => _ingress ?? (_ingress = new InputList<Inputs.SecurityGroupIngressArgs>());
        set => _ingress = value;
    }

    [Input("revokeRulesOnDelete")]
    public Input<bool>? RevokeRulesOnDelete { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    [Input("vpcId")]
    public Input<string>? VpcId { get; set; }

    public SecurityGroupArgs()
    {
        Description = "Managed by Pulumi";
    }
}
