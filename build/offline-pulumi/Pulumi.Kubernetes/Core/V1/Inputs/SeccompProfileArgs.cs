// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class SeccompProfileArgs : global::Pulumi.ResourceArgs
{
    [Input("localhostProfile")]
    public Input<string>? LocalhostProfile { get; set; }

    [Input("type", required: true)]
    public Input<string> Type { get; set; } = null!;

    public SeccompProfileArgs()
    {
    }

    public static new SeccompProfileArgs Empty => new SeccompProfileArgs();
}
