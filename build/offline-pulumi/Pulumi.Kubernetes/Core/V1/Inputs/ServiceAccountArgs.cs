// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class ServiceAccountArgs : global::Pulumi.ResourceArgs
{
    [Input("apiVersion")]
    public Input<string>? ApiVersion { get; set; }

    [Input("automountServiceAccountToken")]
    public Input<bool>? AutomountServiceAccountToken { get; set; }

    [Input("imagePullSecrets")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.LocalObjectReferenceArgs>? _imagePullSecrets;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.LocalObjectReferenceArgs> ImagePullSecrets
    {
        get => _imagePullSecrets ?? (_imagePullSecrets = new InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.LocalObjectReferenceArgs>());
        set => _imagePullSecrets = value;
    }

    [Input("kind")]
    public Input<string>? Kind { get; set; }

    [Input("metadata")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }

    public ServiceAccountArgs()
    {
    }

    public static new ServiceAccountArgs Empty => new ServiceAccountArgs();
}
