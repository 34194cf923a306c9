// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class ConfigMapKeySelectorArgs : global::Pulumi.ResourceArgs
{
    [Input("key", required: true)]
    public Input<string> Key { get; set; } = null!;

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("optional")]
    public Input<bool>? Optional { get; set; }

    public ConfigMapKeySelectorArgs()
    {
    }

    public static new ConfigMapKeySelectorArgs Empty => new ConfigMapKeySelectorArgs();
}
