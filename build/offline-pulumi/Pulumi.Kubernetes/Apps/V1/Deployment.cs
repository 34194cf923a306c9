// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Apps.V1;

[KubernetesResourceType("kubernetes:apps/v1:Deployment")]
public partial class Deployment : KubernetesResource
{
    [Output("apiVersion")]
    public Output<string> ApiVersion { get; private set; } = null!;

    [Output("kind")]
    public Output<string> Kind { get; private set; } = null!;

    [Output("metadata")]
    public Output<Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

    public Deployment(string name, Pulumi.Kubernetes.Types.Inputs.Apps.V1.DeploymentArgs? args = null, CustomResourceOptions? options = null)
        : base("kubernetes:apps/v1:Deployment", name, MakeArgs(args), MakeResourceOptions(options, ""))
    {
    }

    private Deployment(string name, Input<string> id, CustomResourceOptions? options = null)
        : base("kubernetes:apps/v1:Deployment", name, null, MakeResourceOptions(options, id))
    {
    }

    private static Pulumi.Kubernetes.Types.Inputs.Apps.V1.DeploymentArgs? MakeArgs(Pulumi.Kubernetes.Types.Inputs.Apps.V1.DeploymentArgs? args)
    {
        args ??= new Pulumi.Kubernetes.Types.Inputs.Apps.V1.DeploymentArgs();
        args.ApiVersion = "apps/v1";
        args.Kind = "Deployment";
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

    public static Deployment Get(string name, Input<string> id, CustomResourceOptions? options = null) => new Deployment(name, id, options);
}
