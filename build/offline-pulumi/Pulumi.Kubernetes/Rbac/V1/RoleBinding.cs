// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Rbac.V1;

[KubernetesResourceType("kubernetes:rbac.authorization.k8s.io/v1:RoleBinding")]
public partial class RoleBinding : KubernetesResource
{
    [Output("apiVersion")]
    public Output<string> ApiVersion { get; private set; } = null!;

    [Output("kind")]
    public Output<string> Kind { get; private set; } = null!;

    [Output("metadata")]
    public Output<Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

    public RoleBinding(string name, Pulumi.Kubernetes.Types.Inputs.Rbac.V1.RoleBindingArgs? args = null, CustomResourceOptions? options = null)
        : base("kubernetes:rbac.authorization.k8s.io/v1:RoleBinding", name, MakeArgs(args), MakeResourceOptions(options, ""))
    {
    }

    private RoleBinding(string name, Input<string> id, CustomResourceOptions? options = null)
        : base("kubernetes:rbac.authorization.k8s.io/v1:RoleBinding", name, null, MakeResourceOptions(options, id))
    {
    }

    private static Pulumi.Kubernetes.Types.Inputs.Rbac.V1.RoleBindingArgs? MakeArgs(Pulumi.Kubernetes.Types.Inputs.Rbac.V1.RoleBindingArgs? args)
    {
        args ??= new Pulumi.Kubernetes.Types.Inputs.Rbac.V1.RoleBindingArgs();
        args.ApiVersion = "rbac.authorization.k8s.io/v1";
        args.Kind = "RoleBinding";
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

    public static RoleBinding Get(string name, Input<string> id, CustomResourceOptions? options = null) => new RoleBinding(name, id, options);
}
