// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class PodAffinityTermArgs : global::Pulumi.ResourceArgs
{
    [Input("labelSelector")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorArgs>? LabelSelector { get; set; }

    [Input("matchLabelKeys")]
    private InputList<string>? _matchLabelKeys;

    public InputList<string> MatchLabelKeys
    {
        get => _matchLabelKeys ?? (_matchLabelKeys = new InputList<string>());
        set => _matchLabelKeys = value;
    }

    [Input("mismatchLabelKeys")]
    private InputList<string>? _mismatchLabelKeys;

    public InputList<string> MismatchLabelKeys
    {
        get => _mismatchLabelKeys ?? (_mismatchLabelKeys = new InputList<string>());
        set => _mismatchLabelKeys = value;
    }

    [Input("namespaceSelector")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorArgs>? NamespaceSelector { get; set; }

    [Input("namespaces")]
    private InputList<string>? _namespaces;

    public InputList<string> Namespaces
    {
        get => _namespaces ?? (_namespaces = new InputList<string>());
        set => _namespaces = value;
    }

    [Input("topologyKey", required: true)]
    public Input<string> TopologyKey { get; set; } = null!;

    public PodAffinityTermArgs()
    {
    }

    public static new PodAffinityTermArgs Empty => new PodAffinityTermArgs();
}
