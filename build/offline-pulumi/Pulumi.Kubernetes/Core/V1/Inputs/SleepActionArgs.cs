// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class SleepActionArgs : global::Pulumi.ResourceArgs
{
    [Input("seconds", required: true)]
    public Input<int> Seconds { get; set; } = null!;

    public SleepActionArgs()
    {
    }

    public static new SleepActionArgs Empty => new SleepActionArgs();
}
