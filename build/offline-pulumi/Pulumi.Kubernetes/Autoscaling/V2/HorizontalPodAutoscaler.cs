// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Autoscaling.V2;

[KubernetesResourceType("kubernetes:autoscaling/v2:HorizontalPodAutoscaler")]
public partial class HorizontalPodAutoscaler : KubernetesResource
{
    [Output("apiVersion")]
    public Output<string> ApiVersion { get; private set; } = null!;

    [Output("kind")]
    public Output<string> Kind { get; private set; } = null!;

    [Output("metadata")]
    public Output<Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

    public HorizontalPodAutoscaler(string name, Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2.HorizontalPodAutoscalerArgs? args = null, CustomResourceOptions? options = null)
        : base("kubernetes:autoscaling/v2:HorizontalPodAutoscaler", name, MakeArgs(args), MakeResourceOptions(options, ""))
    {
    }

    private HorizontalPodAutoscaler(string name, Input<string> id, CustomResourceOptions? options = null)
        : base("kubernetes:autoscaling/v2:HorizontalPodAutoscaler", name, null, MakeResourceOptions(options, id))
    {
    }

    private static Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2.HorizontalPodAutoscalerArgs? MakeArgs(Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2.HorizontalPodAutoscalerArgs? args)
    {
        args ??= new Pulumi.Kubernetes.Types.Inputs.Autoscaling.V2.HorizontalPodAutoscalerArgs();
        args.ApiVersion = "autoscaling/v2";
        args.Kind = "HorizontalPodAutoscaler";
        return args;
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions
        {
            Version = Utilities.Version,
        };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }

    public static HorizontalPodAutoscaler Get(string name, Input<string> id, CustomResourceOptions? options = null) => new HorizontalPodAutoscaler(name, id, options);
}
