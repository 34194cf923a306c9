// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class TCPSocketActionArgs : global::Pulumi.ResourceArgs
{
    [Input("host")]
    public Input<string>? Host { get; set; }

    [Input("port", required: true)]
    public InputUnion<int, string> Port { get; set; } = null!;

    public TCPSocketActionArgs()
    {
    }

    public static new TCPSocketActionArgs Empty => new TCPSocketActionArgs();
}
