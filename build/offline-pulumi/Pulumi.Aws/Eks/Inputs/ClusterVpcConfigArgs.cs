// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.Eks.Inputs;

public sealed class ClusterVpcConfigArgs : global::Pulumi.ResourceArgs
{
    [Input("endpointPrivateAccess")]
    public Input<bool>? EndpointPrivateAccess { get; set; }

    [Input("endpointPublicAccess")]
    public Input<bool>? EndpointPublicAccess { get; set; }

    [Input("publicAccessCidrs")]
    private InputList<string>? _publicAccessCidrs;

    public InputList<string> PublicAccessCidrs
    {
        get => _publicAccessCidrs ?? (_publicAccessCidrs = new InputList<string>());
        set => _publicAccessCidrs = value;
    }

    [Input("securityGroupIds")]
    private InputList<string>? _securityGroupIds;

    public InputList<string> SecurityGroupIds
    {
        get => _securityGroupIds ?? (_securityGroupIds = new InputList<string>());
        set => _securityGroupIds = value;
    }

    [Input("subnetIds", required: true)]
    private InputList<string>? _subnetIds;

    public InputList<string> SubnetIds
    {
        get => _subnetIds ?? (_subnetIds = new InputList<string>());
        set => _subnetIds = value;
    }

    public ClusterVpcConfigArgs()
    {
    }
}
