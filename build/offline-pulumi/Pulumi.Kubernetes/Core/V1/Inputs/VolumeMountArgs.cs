// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class VolumeMountArgs : global::Pulumi.ResourceArgs
{
    [Input("mountPath", required: true)]
    public Input<string> MountPath { get; set; } = null!;

    [Input("mountPropagation")]
    public Input<string>? MountPropagation { get; set; }

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("readOnly")]
    public Input<bool>? ReadOnly { get; set; }

    [Input("recursiveReadOnly")]
    public Input<string>? RecursiveReadOnly { get; set; }

    [Input("subPath")]
    public Input<string>? SubPath { get; set; }

    [Input("subPathExpr")]
    public Input<string>? SubPathExpr { get; set; }

    public VolumeMountArgs()
    {
    }

    public static new VolumeMountArgs Empty => new VolumeMountArgs();
}
