// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class VolumeArgs : global::Pulumi.ResourceArgs
{
    [Input("configMap")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.ConfigMapVolumeSourceArgs>? ConfigMap { get; set; }

    [Input("csi")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.CSIVolumeSourceArgs>? Csi { get; set; }

    [Input("emptyDir")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.EmptyDirVolumeSourceArgs>? EmptyDir { get; set; }

    [Input("hostPath")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.HostPathVolumeSourceArgs>? HostPath { get; set; }

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("persistentVolumeClaim")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.PersistentVolumeClaimVolumeSourceArgs>? PersistentVolumeClaim { get; set; }

    [Input("secret")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.SecretVolumeSourceArgs>? Secret { get; set; }

    public VolumeArgs()
    {
    }

    public static new VolumeArgs Empty => new VolumeArgs();
}
