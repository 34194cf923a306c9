// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Eks;

[AwsResourceType("aws:eks/podIdentityAssociation:PodIdentityAssociation")]
public partial class PodIdentityAssociation : global::Pulumi.CustomResource
{
    [Output("associationArn")]
    public Output<string> AssociationArn { get; private set; } = null!;

    [Output("roleArn")]
    public Output<string> RoleArn { get; private set; } = null!;

    public PodIdentityAssociation(string name, PodIdentityAssociationArgs args, CustomResourceOptions? options = null)
        : base("aws:eks/podIdentityAssociation:PodIdentityAssociation", name, args ?? new PodIdentityAssociationArgs(), options)
    {
    }
}

public sealed class PodIdentityAssociationArgs : global::Pulumi.ResourceArgs
{
    [Input("clusterName", required: true)]
    public Input<string> ClusterName { get; set; } = null!;

    [Input("namespace", required: true)]
    public Input<string> Namespace { get; set; } = null!;

    [Input("roleArn", required: true)]
    public Input<string> RoleArn { get; set; } = null!;

    [Input("serviceAccount", required: true)]
    public Input<string> ServiceAccount { get; set; } = null!;

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    public PodIdentityAssociationArgs()
    {
    }
}
