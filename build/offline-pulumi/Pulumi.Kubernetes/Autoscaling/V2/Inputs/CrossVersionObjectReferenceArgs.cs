// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2;

public class CrossVersionObjectReferenceArgs : global::Pulumi.ResourceArgs
{
    [Input("apiVersion")]
    public Input<string>? ApiVersion { get; set; }

    [Input("kind", required: true)]
    public Input<string> Kind { get; set; } = null!;

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    public CrossVersionObjectReferenceArgs()
    {
    }

    public static new CrossVersionObjectReferenceArgs Empty => new CrossVersionObjectReferenceArgs();
}
