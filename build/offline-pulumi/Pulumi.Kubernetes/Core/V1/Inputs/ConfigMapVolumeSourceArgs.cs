// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class ConfigMapVolumeSourceArgs : global::Pulumi.ResourceArgs
{
    [Input("defaultMode")]
    public Input<int>? DefaultMode { get; set; }

    [Input("items")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.KeyToPathArgs>? _items;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.KeyToPathArgs> Items
    {
        get => _items ?? (_items = new InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.KeyToPathArgs>());
        set => _items = value;
    }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("optional")]
    public Input<bool>? Optional { get; set; }

    public ConfigMapVolumeSourceArgs()
    {
    }

    public static new ConfigMapVolumeSourceArgs Empty => new ConfigMapVolumeSourceArgs();
}
