// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class NodeSelectorTermArgs : global::Pulumi.ResourceArgs
{
    [Input("matchExpressions")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.NodeSelectorRequirementArgs>? _matchExpressions;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.NodeSelectorRequirementArgs> MatchExpressions
    {
        get => _matchExpressions ?? (_matchExpressions = new InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.NodeSelectorRequirementArgs>());
        set => _matchExpressions = value;
    }

    [Input("matchFields")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.NodeSelectorRequirementArgs>? _matchFields;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.NodeSelectorRequirementArgs> MatchFields
    {
        get => _matchFields ?? (_matchFields = new InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.NodeSelectorRequirementArgs>());
        set => _matchFields = value;
    }

    public NodeSelectorTermArgs()
    {
    }

    public static new NodeSelectorTermArgs Empty => new NodeSelectorTermArgs();
}
