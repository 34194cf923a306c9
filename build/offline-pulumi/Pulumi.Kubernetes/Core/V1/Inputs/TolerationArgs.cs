// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class TolerationArgs : global::Pulumi.ResourceArgs
{
    [Input("effect")]
    public Input<string>? Effect { get; set; }

    [Input("key")]
    public Input<string>? Key { get; set; }

    [Input("operator")]
    public Input<string>? Operator { get; set; }

    [Input("tolerationSeconds")]
    public Input<int>? TolerationSeconds { get; set; }

    [Input("value")]
    public Input<string>? Value { get; set; }

    public TolerationArgs()
    {
    }

    public static new TolerationArgs Empty => new TolerationArgs();
}
