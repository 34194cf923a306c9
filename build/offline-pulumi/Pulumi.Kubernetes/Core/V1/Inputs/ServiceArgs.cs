// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class ServiceArgs : global::Pulumi.ResourceArgs
{
    [Input("apiVersion")]
    public Input<string>? ApiVersion { get; set; }

    [Input("kind")]
    public Input<string>? Kind { get; set; }

    [Input("metadata")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }

    [Input("spec")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceSpecArgs>? Spec { get; set; }

    public ServiceArgs()
    {
    }

    public static new ServiceArgs Empty => new ServiceArgs();
}
