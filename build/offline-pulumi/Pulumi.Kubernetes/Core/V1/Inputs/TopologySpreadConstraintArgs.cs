// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class TopologySpreadConstraintArgs : global::Pulumi.ResourceArgs
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

    [Input("maxSkew", required: true)]
    public Input<int> MaxSkew { get; set; } = null!;

    [Input("minDomains")]
    public Input<int>? MinDomains { get; set; }

    [Input("nodeAffinityPolicy")]
    public Input<string>? NodeAffinityPolicy { get; set; }

    [Input("nodeTaintsPolicy")]
    public Input<string>? NodeTaintsPolicy { get; set; }

    [Input("topologyKey", required: true)]
    public Input<string> TopologyKey { get; set; } = null!;

    [Input("whenUnsatisfiable", required: true)]
    public Input<string> WhenUnsatisfiable { get; set; } = null!;

    public TopologySpreadConstraintArgs()
    {
    }

    public static new TopologySpreadConstraintArgs Empty => new TopologySpreadConstraintArgs();
}
