// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class EmptyDirVolumeSourceArgs : global::Pulumi.ResourceArgs
{
    [Input("medium")]
    public Input<string>? Medium { get; set; }

    [Input("sizeLimit")]
    public Input<string>? SizeLimit { get; set; }

    public EmptyDirVolumeSourceArgs()
    {
    }

    public static new EmptyDirVolumeSourceArgs Empty => new EmptyDirVolumeSourceArgs();
}
