// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Core.V1;

[KubernetesResourceType("kubernetes:core/v1:ResourceQuota")]
public partial class ResourceQuota : KubernetesResource
{
    [Output("apiVersion")]
    public Output<string> ApiVersion { get; private set; } = null!;

    [Output("kind")]
    public Output<string> Kind { get; private set; } = null!;

    [Output("metadata")]
    public Output<Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

    public ResourceQuota(string name, Pulumi.Kubernetes.Types.Inputs.Core.V1.ResourceQuotaArgs? args = null, CustomResourceOptions? options = null)
        : base("kubernetes:core/v1:ResourceQuota", name, MakeArgs(args), MakeResourceOptions(options, ""))
    {
    }

    private ResourceQuota(string name, Input<string> id, CustomResourceOptions? options = null)
        : base("kubernetes:core/v1:ResourceQuota", name, null, MakeResourceOptions(options, id))
    {
    }

    private static Pulumi.Kubernetes.Types.Inputs.Core.V1.ResourceQuotaArgs? MakeArgs(Pulumi.Kubernetes.Types.Inputs.Core.V1.ResourceQuotaArgs? args)
    {
        args ??= new Pulumi.Kubernetes.Types.Inputs.Core.V1.ResourceQuotaArgs();
        args.ApiVersion = "v1";
        args.Kind = "ResourceQuota";
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

    public static ResourceQuota Get(string name, Input<string> id, CustomResourceOptions? options = null) => new ResourceQuota(name, id, options);
}
