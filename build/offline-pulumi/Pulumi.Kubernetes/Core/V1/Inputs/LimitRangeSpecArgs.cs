// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class LimitRangeSpecArgs : global::Pulumi.ResourceArgs
{
    [Input("limits", required: true)]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.LimitRangeItemArgs>? _limits;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.LimitRangeItemArgs> Limits
    {
        get => _limits ?? (_limits = new InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.LimitRangeItemArgs>());
        set => _limits = value;
    }

    public LimitRangeSpecArgs()
    {
    }

    public static new LimitRangeSpecArgs Empty => new LimitRangeSpecArgs();
}
