// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class PersistentVolumeClaimSpecArgs : global::Pulumi.ResourceArgs
{
    [Input("accessModes")]
    private InputList<string>? _accessModes;

    public InputList<string> AccessModes
    {
        get => _accessModes ?? (_accessModes = new InputList<string>());
        set => _accessModes = value;
    }

    [Input("resources")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.VolumeResourceRequirementsArgs>? Resources { get; set; }

    [Input("selector")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorArgs>? Selector { get; set; }

    [Input("storageClassName")]
    public Input<string>? StorageClassName { get; set; }

    [Input("volumeAttributesClassName")]
    public Input<string>? VolumeAttributesClassName { get; set; }

    [Input("volumeMode")]
    public Input<string>? VolumeMode { get; set; }

    [Input("volumeName")]
    public Input<string>? VolumeName { get; set; }

    public PersistentVolumeClaimSpecArgs()
    {
    }

    public static new PersistentVolumeClaimSpecArgs Empty => new PersistentVolumeClaimSpecArgs();
}
