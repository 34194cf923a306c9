// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class ProbeArgs : global::Pulumi.ResourceArgs
{
    [Input("exec")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.ExecActionArgs>? Exec { get; set; }

    [Input("failureThreshold")]
    public Input<int>? FailureThreshold { get; set; }

    [Input("httpGet")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.HTTPGetActionArgs>? HttpGet { get; set; }

    [Input("initialDelaySeconds")]
    public Input<int>? InitialDelaySeconds { get; set; }

    [Input("periodSeconds")]
    public Input<int>? PeriodSeconds { get; set; }

    [Input("successThreshold")]
    public Input<int>? SuccessThreshold { get; set; }

    [Input("tcpSocket")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.TCPSocketActionArgs>? TcpSocket { get; set; }

    [Input("terminationGracePeriodSeconds")]
    public Input<int>? TerminationGracePeriodSeconds { get; set; }

    [Input("timeoutSeconds")]
    public Input<int>? TimeoutSeconds { get; set; }

    public ProbeArgs()
    {
    }

    public static new ProbeArgs Empty => new ProbeArgs();
}
