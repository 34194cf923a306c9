// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class LifecycleHandlerArgs : global::Pulumi.ResourceArgs
{
    [Input("exec")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.ExecActionArgs>? Exec { get; set; }

    [Input("httpGet")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.HTTPGetActionArgs>? HttpGet { get; set; }

    [Input("sleep")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.SleepActionArgs>? Sleep { get; set; }

    [Input("tcpSocket")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.TCPSocketActionArgs>? TcpSocket { get; set; }

    public LifecycleHandlerArgs()
    {
    }

    public static new LifecycleHandlerArgs Empty => new LifecycleHandlerArgs();
}
