// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Core.V1;

[KubernetesResourceType("kubernetes:core/v1:ServiceAccount")]
public partial class ServiceAccount : KubernetesResource
{
    [Output("apiVersion")]
    public Output<string> ApiVersion { get; private set; } = null!;

    [Output("automountServiceAccountToken")]
    public Output<bool> AutomountServiceAccountToken { get; private set; } = null!;

    [Output("kind")]
    public Output<string> Kind { get; private set; } = null!;

    [Output("metadata")]
    public Output<Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

    public ServiceAccount(string name, Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceAccountArgs? args = null, CustomResourceOptions? options = null)
        : base("kubernetes:core/v1:ServiceAccount", name, MakeArgs(args), MakeResourceOptions(options, ""))
    {
    }

    private ServiceAccount(string name, Input<string> id, CustomResourceOptions? options = null)
        : base("kubernetes:core/v1:ServiceAccount", name, null, MakeResourceOptions(options, id))
    {
    }

    private static Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceAccountArgs? MakeArgs(Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceAccountArgs? args)
    {
        args ??= new Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceAccountArgs();
        args.ApiVersion = "v1";
        args.Kind = "ServiceAccount";
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

    public static ServiceAccount Get(string name, Input<string> id, CustomResourceOptions? options = null) => new ServiceAccount(name, id, options);
}
