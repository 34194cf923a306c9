// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Eks;

[AwsResourceType("aws:eks/accessPolicyAssociation:AccessPolicyAssociation")]
public partial class AccessPolicyAssociation : global::Pulumi.CustomResource
{
    [Output("policyArn")]
    public Output<string> PolicyArn { get; private set; } = null!;

    public AccessPolicyAssociation(string name, AccessPolicyAssociationArgs args, CustomResourceOptions? options = null)
        : base("aws:eks/accessPolicyAssociation:AccessPolicyAssociation", name, args ?? new AccessPolicyAssociationArgs(), options)
    {
    }
}

public sealed class AccessPolicyAssociationArgs : global::Pulumi.ResourceArgs
{
    [Input("accessScope", required: true)]
    public Input<Inputs.AccessPolicyAssociationAccessScopeArgs> AccessScope { get; set; } = null!;

    [Input("clusterName", required: true)]
    public Input<string> ClusterName { get; set; } = null!;

    [Input("policyArn", required: true)]
    public Input<string> PolicyArn { get; set; } = null!;

    [Input("principalArn", required: true)]
    public Input<string> PrincipalArn { get; set; } = null!;

    public AccessPolicyAssociationArgs()
    {
    }
}
