// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class LifecycleArgs : global::Pulumi.ResourceArgs
{
    [Input("postStart")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.LifecycleHandlerArgs>? PostStart { get; set; }

    [Input("preStop")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.LifecycleHandlerArgs>? PreStop { get; set; }

    [Input("stopSignal")]
    public Input<string>? StopSignal { get; set; }

    public LifecycleArgs()
    {
    }

    public static new LifecycleArgs Empty => new LifecycleArgs();
}
