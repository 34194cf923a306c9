// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class ContainerPortArgs : global::Pulumi.ResourceArgs
{
    [Input("containerPort", required: true)]
    public Input<int> ContainerPortValue { get; set; } = null!;

    [Input("hostIP")]
    public Input<string>? HostIP { get; set; }

    [Input("hostPort")]
    public Input<int>? HostPort { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("protocol")]
    public Input<string>? Protocol { get; set; }

    public ContainerPortArgs()
    {
    }

    public static new ContainerPortArgs Empty => new ContainerPortArgs();
}
