// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class PodTemplateSpecArgs : global::Pulumi.ResourceArgs
{
    [Input("metadata")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }

    [Input("spec")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.PodSpecArgs>? Spec { get; set; }

    public PodTemplateSpecArgs()
    {
    }

    public static new PodTemplateSpecArgs Empty => new PodTemplateSpecArgs();
}
