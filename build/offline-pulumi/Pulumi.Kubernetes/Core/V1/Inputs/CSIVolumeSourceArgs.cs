// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class CSIVolumeSourceArgs : global::Pulumi.ResourceArgs
{
    [Input("driver", required: true)]
    public Input<string> Driver { get; set; } = null!;

    [Input("fsType")]
    public Input<string>? FsType { get; set; }

    [Input("nodePublishSecretRef")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.LocalObjectReferenceArgs>? NodePublishSecretRef { get; set; }

    [Input("readOnly")]
    public Input<bool>? ReadOnly { get; set; }

    [Input("volumeAttributes")]
    private InputMap<string>? _volumeAttributes;

    public InputMap<string> VolumeAttributes
    {
        get => _volumeAttributes ?? (_volumeAttributes = new InputMap<string>());
        set => _volumeAttributes = value;
    }

    public CSIVolumeSourceArgs()
    {
    }

    public static new CSIVolumeSourceArgs Empty => new CSIVolumeSourceArgs();
}
