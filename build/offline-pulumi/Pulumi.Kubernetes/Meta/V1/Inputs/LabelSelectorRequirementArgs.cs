// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Meta.V1;

public class LabelSelectorRequirementArgs : global::Pulumi.ResourceArgs
{
    [Input("key", required: true)]
    public Input<string> Key { get; set; } = null!;

    [Input("operator", required: true)]
    public Input<string> Operator { get; set; } = null!;

    [Input("values")]
    private InputList<string>? _values;

    public InputList<string> Values
    {
        get => _values ?? (_values = new InputList<string>());
        set => _values = value;
    }

    public LabelSelectorRequirementArgs()
    {
    }

    public static new LabelSelectorRequirementArgs Empty => new LabelSelectorRequirementArgs();
}
