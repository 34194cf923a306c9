// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class EnvVarArgs : global::Pulumi.ResourceArgs
{
    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("value")]
    public Input<string>? Value { get; set; }

    [Input("valueFrom")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.EnvVarSourceArgs>? ValueFrom { get; set; }

    public EnvVarArgs()
    {
    }

    public static new EnvVarArgs Empty => new EnvVarArgs();
}
