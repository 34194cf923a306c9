// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Meta.V1;

public class LabelSelectorArgs : global::Pulumi.ResourceArgs
{
    [Input("matchExpressions")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorRequirementArgs>? _matchExpressions;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorRequirementArgs> MatchExpressions
    {
        get => _matchExpressions ?? (_matchExpressions = new InputList<Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorRequirementArgs>());
        set => _matchExpressions = value;
    }

    [Input("matchLabels")]
    private InputMap<string>? _matchLabels;

    public InputMap<string> MatchLabels
    {
        get => _matchLabels ?? (_matchLabels = new InputMap<string>());
        set => _matchLabels = value;
    }

    public LabelSelectorArgs()
    {
    }

    public static new LabelSelectorArgs Empty => new LabelSelectorArgs();
}
