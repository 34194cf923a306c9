// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class KeyToPathArgs : global::Pulumi.ResourceArgs
{
    [Input("key", required: true)]
    public Input<string> Key { get; set; } = null!;

    [Input("mode")]
    public Input<int>? Mode { get; set; }

    [Input("path", required: true)]
    public Input<string> Path { get; set; } = null!;

    public KeyToPathArgs()
    {
    }

    public static new KeyToPathArgs Empty => new KeyToPathArgs();
}
