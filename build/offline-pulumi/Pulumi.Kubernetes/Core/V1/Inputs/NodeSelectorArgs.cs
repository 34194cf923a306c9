// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class NodeSelectorArgs : global::Pulumi.ResourceArgs
{
    [Input("nodeSelectorTerms", required: true)]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.NodeSelectorTermArgs>? _nodeSelectorTerms;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.NodeSelectorTermArgs> NodeSelectorTerms
    {
        get => _nodeSelectorTerms ?? (_nodeSelectorTerms = new InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.NodeSelectorTermArgs>());
        set => _nodeSelectorTerms = value;
    }

    public NodeSelectorArgs()
    {
    }

    public static new NodeSelectorArgs Empty => new NodeSelectorArgs();
}
