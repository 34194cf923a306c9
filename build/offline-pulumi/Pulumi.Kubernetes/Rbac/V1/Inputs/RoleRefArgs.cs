// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Rbac.V1;

public class RoleRefArgs : global::Pulumi.ResourceArgs
{
    [Input("apiGroup")]
    public Input<string>? ApiGroup { get; set; }

    [Input("kind", required: true)]
    public Input<string> Kind { get; set; } = null!;

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    public RoleRefArgs()
    {
    }

    public static new RoleRefArgs Empty => new RoleRefArgs();
}
