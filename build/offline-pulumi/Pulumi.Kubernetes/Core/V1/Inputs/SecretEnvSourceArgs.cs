// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class SecretEnvSourceArgs : global::Pulumi.ResourceArgs
{
    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("optional")]
    public Input<bool>? Optional { get; set; }

    public SecretEnvSourceArgs()
    {
    }

    public static new SecretEnvSourceArgs Empty => new SecretEnvSourceArgs();
}
