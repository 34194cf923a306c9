// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Scheduling.V1;

[KubernetesResourceType("kubernetes:scheduling.k8s.io/v1:PriorityClass")]
public partial class PriorityClass : KubernetesResource
{
    [Output("apiVersion")]
    public Output<string> ApiVersion { get; private set; } = null!;

    [Output("description")]
    public Output<string> Description { get; private set; } = null!;

    [Output("globalDefault")]
    public Output<bool> GlobalDefault { get; private set; } = null!;

    [Output("kind")]
    public Output<string> Kind { get; private set; } = null!;

    [Output("metadata")]
    public Output<Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

    [Output("preemptionPolicy")]
    public Output<string> PreemptionPolicy { get; private set; } = null!;

    [Output("value")]
    public Output<int> Value { get; private set; } = null!;

    public PriorityClass(string name, Pulumi.Kubernetes.Types.Inputs.Scheduling.V1.PriorityClassArgs? args = null, CustomResourceOptions? options = null)
        : base("kubernetes:scheduling.k8s.io/v1:PriorityClass", name, MakeArgs(args), MakeResourceOptions(options, ""))
    {
    }

    private PriorityClass(string name, Input<string> id, CustomResourceOptions? options = null)
        : base("kubernetes:scheduling.k8s.io/v1:PriorityClass", name, null, MakeResourceOptions(options, id))
    {
    }

    private static Pulumi.Kubernetes.Types.Inputs.Scheduling.V1.PriorityClassArgs? MakeArgs(Pulumi.Kubernetes.Types.Inputs.Scheduling.V1.PriorityClassArgs? args)
    {
        args ??= new Pulumi.Kubernetes.Types.Inputs.Scheduling.V1.PriorityClassArgs();
        args.ApiVersion = "scheduling.k8s.io/v1";
        args.Kind = "PriorityClass";
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

    public static PriorityClass Get(string name, Input<string> id, CustomResourceOptions? options = null) => new PriorityClass(name, id, options);
}
