// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class HTTPHeaderArgs : global::Pulumi.ResourceArgs
{
    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("value", required: true)]
    public Input<string> Value { get; set; } = null!;

    public HTTPHeaderArgs()
    {
    }

    public static new HTTPHeaderArgs Empty => new HTTPHeaderArgs();
}
