// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class CapabilitiesArgs : global::Pulumi.ResourceArgs
{
    [Input("add")]
    private InputList<string>? _add;

    public InputList<string> Add
    {
        get => _add ?? (_add = new InputList<string>());
        set => _add = value;
    }

    [Input("drop")]
    private InputList<string>? _drop;

    public InputList<string> Drop
    {
        get => _drop ?? (_drop = new InputList<string>());
        set => _drop = value;
    }

    public CapabilitiesArgs()
    {
    }

    public static new CapabilitiesArgs Empty => new CapabilitiesArgs();
}
