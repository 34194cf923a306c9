// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Networking.V1;

public class NetworkPolicyPortArgs : global::Pulumi.ResourceArgs
{
    [Input("endPort")]
    public Input<int>? EndPort { get; set; }

    [Input("port")]
    public InputUnion<int, string>? Port { get; set; }

    [Input("protocol")]
    public Input<string>? Protocol { get; set; }

    public NetworkPolicyPortArgs()
    {
    }

    public static new NetworkPolicyPortArgs Empty => new NetworkPolicyPortArgs();
}
