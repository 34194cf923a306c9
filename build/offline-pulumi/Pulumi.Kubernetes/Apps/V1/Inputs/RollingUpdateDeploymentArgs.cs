// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Apps.V1;

public class RollingUpdateDeploymentArgs : global::Pulumi.ResourceArgs
{
    [Input("maxSurge")]
    public InputUnion<int, string>? MaxSurge { get; set; }

    [Input("maxUnavailable")]
    public InputUnion<int, string>? MaxUnavailable { get; set; }

    public RollingUpdateDeploymentArgs()
    {
    }

    public static new RollingUpdateDeploymentArgs Empty => new RollingUpdateDeploymentArgs();
}
