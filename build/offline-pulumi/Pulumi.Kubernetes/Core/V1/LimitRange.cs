// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Core.V1;

[KubernetesResourceType("kubernetes:core/v1:LimitRange")]
public partial class LimitRange : KubernetesResource
{
    [Output("apiVersion")]
    public Output<string> ApiVersion { get; private set; } = null!;

    [Output("kind")]
    public Output<string> Kind { get; private set; } = null!;

    [Output("metadata")]
    public Output<Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

    public LimitRange(string name, Pulumi.Kubernetes.Types.Inputs.Core.V1.LimitRangeArgs? args = null, CustomResourceOptions? options = null)
        : base("kubernetes:core/v1:LimitRange", name, MakeArgs(args), MakeResourceOptions(options, ""))
    {
    }

    private LimitRange(string name, Input<string> id, CustomResourceOptions? options = null)
        : base("kubernetes:core/v1:LimitRange", name, null, MakeResourceOptions(options, id))
    {
    }

    private static Pulumi.Kubernetes.Types.Inputs.Core.V1.LimitRangeArgs? MakeArgs(Pulumi.Kubernetes.Types.Inputs.Core.V1.LimitRangeArgs? args)
    {
        args ??= new Pulumi.Kubernetes.Types.Inputs.Core.V1.LimitRangeArgs();
        args.ApiVersion = "v1";
        args.Kind = "LimitRange";
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

    public static LimitRange Get(string name, Input<string> id, CustomResourceOptions? options = null) => new LimitRange(name, id, options);
}
