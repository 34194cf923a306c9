// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class EnvFromSourceArgs : global::Pulumi.ResourceArgs
{
    [Input("configMapRef")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.ConfigMapEnvSourceArgs>? ConfigMapRef { get; set; }

    [Input("prefix")]
    public Input<string>? Prefix { get; set; }

    [Input("secretRef")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.SecretEnvSourceArgs>? SecretRef { get; set; }

    public EnvFromSourceArgs()
    {
    }

    public static new EnvFromSourceArgs Empty => new EnvFromSourceArgs();
}
