// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Rbac.V1;

[KubernetesResourceType("kubernetes:rbac.authorization.k8s.io/v1:Role")]
public partial class Role : KubernetesResource
{
    [Output("apiVersion")]
    public Output<string> ApiVersion { get; private set; } = null!;

    [Output("kind")]
    public Output<string> Kind { get; private set; } = null!;

    [Output("metadata")]
    public Output<Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

    public Role(string name, Pulumi.Kubernetes.Types.Inputs.Rbac.V1.RoleArgs? args = null, CustomResourceOptions? options = null)
        : base("kubernetes:rbac.authorization.k8s.io/v1:Role", name, MakeArgs(args), MakeResourceOptions(options, ""))
    {
    }

    private Role(string name, Input<string> id, CustomResourceOptions? options = null)
        : base("kubernetes:rbac.authorization.k8s.io/v1:Role", name, null, MakeResourceOptions(options, id))
    {
    }

    private static Pulumi.Kubernetes.Types.Inputs.Rbac.V1.RoleArgs? MakeArgs(Pulumi.Kubernetes.Types.Inputs.Rbac.V1.RoleArgs? args)
    {
        args ??= new Pulumi.Kubernetes.Types.Inputs.Rbac.V1.RoleArgs();
        args.ApiVersion = "rbac.authorization.k8s.io/v1";
        args.Kind = "Role";
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

    public static Role Get(string name, Input<string> id, CustomResourceOptions? options = null) => new Role(name, id, options);
}
