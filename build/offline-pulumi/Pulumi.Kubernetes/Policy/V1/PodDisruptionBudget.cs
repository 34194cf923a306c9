// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Policy.V1;

[KubernetesResourceType("kubernetes:policy/v1:PodDisruptionBudget")]
public partial class PodDisruptionBudget : KubernetesResource
{
    [Output("apiVersion")]
    public Output<string> ApiVersion { get; private set; } = null!;

    [Output("kind")]
    public Output<string> Kind { get; private set; } = null!;

    [Output("metadata")]
    public Output<Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

    public PodDisruptionBudget(string name, Pulumi.Kubernetes.Types.Inputs.Policy.V1.PodDisruptionBudgetArgs? args = null, CustomResourceOptions? options = null)
        : base("kubernetes:policy/v1:PodDisruptionBudget", name, MakeArgs(args), MakeResourceOptions(options, ""))
    {
    }

    private PodDisruptionBudget(string name, Input<string> id, CustomResourceOptions? options = null)
        : base("kubernetes:policy/v1:PodDisruptionBudget", name, null, MakeResourceOptions(options, id))
    {
    }

    private static Pulumi.Kubernetes.Types.Inputs.Policy.V1.PodDisruptionBudgetArgs? MakeArgs(Pulumi.Kubernetes.Types.Inputs.Policy.V1.PodDisruptionBudgetArgs? args)
    {
        args ??= new Pulumi.Kubernetes.Types.Inputs.Policy.V1.PodDisruptionBudgetArgs();
        args.ApiVersion = "policy/v1";
        args.Kind = "PodDisruptionBudget";
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

    public static PodDisruptionBudget Get(string name, Input<string> id, CustomResourceOptions? options = null) => new PodDisruptionBudget(name, id, options);
}
