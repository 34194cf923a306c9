// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.Eks.Inputs;

public sealed class ClusterAccessConfigArgs : global::Pulumi.ResourceArgs
{
    [Input("authenticationMode")]
    public Input<string>? AuthenticationMode { get; set; }

    [Input("bootstrapClusterCreatorAdminPermissions")]
    public Input<bool>? BootstrapClusterCreatorAdminPermissions { get; set; }

    public ClusterAccessConfigArgs()
    {
    }
}
