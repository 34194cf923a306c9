// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class ObjectFieldSelectorArgs : global::Pulumi.ResourceArgs
{
    [Input("apiVersion")]
    public Input<string>? ApiVersion { get; set; }

    [Input("fieldPath", required: true)]
    public Input<string> FieldPath { get; set; } = null!;

    public ObjectFieldSelectorArgs()
    {
    }

    public static new ObjectFieldSelectorArgs Empty => new ObjectFieldSelectorArgs();
}
