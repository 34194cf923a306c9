// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class EnvVarSourceArgs : global::Pulumi.ResourceArgs
{
    [Input("configMapKeyRef")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.ConfigMapKeySelectorArgs>? ConfigMapKeyRef { get; set; }

    [Input("fieldRef")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.ObjectFieldSelectorArgs>? FieldRef { get; set; }

    [Input("secretKeyRef")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.SecretKeySelectorArgs>? SecretKeyRef { get; set; }

    public EnvVarSourceArgs()
    {
    }

    public static new EnvVarSourceArgs Empty => new EnvVarSourceArgs();
}
