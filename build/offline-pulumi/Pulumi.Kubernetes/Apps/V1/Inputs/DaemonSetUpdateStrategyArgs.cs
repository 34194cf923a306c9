// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Apps.V1;

public class DaemonSetUpdateStrategyArgs : global::Pulumi.ResourceArgs
{
    [Input("rollingUpdate")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Apps.V1.RollingUpdateDaemonSetArgs>? RollingUpdate { get; set; }

    [Input("type")]
    public Input<string>? Type { get; set; }

    public DaemonSetUpdateStrategyArgs()
    {
    }

    public static new DaemonSetUpdateStrategyArgs Empty => new DaemonSetUpdateStrategyArgs();
}
