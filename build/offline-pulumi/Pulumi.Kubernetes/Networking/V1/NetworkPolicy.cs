// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Networking.V1;

[KubernetesResourceType("kubernetes:networking.k8s.io/v1:NetworkPolicy")]
public partial class NetworkPolicy : KubernetesResource
{
    [Output("apiVersion")]
    public Output<string> ApiVersion { get; private set; } = null!;

    [Output("kind")]
    public Output<string> Kind { get; private set; } = null!;

    [Output("metadata")]
    public Output<Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

    public NetworkPolicy(string name, Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyArgs? args = null, CustomResourceOptions? options = null)
        : base("kubernetes:networking.k8s.io/v1:NetworkPolicy", name, MakeArgs(args), MakeResourceOptions(options, ""))
    {
    }

    private NetworkPolicy(string name, Input<string> id, CustomResourceOptions? options = null)
        : base("kubernetes:networking.k8s.io/v1:NetworkPolicy", name, null, MakeResourceOptions(options, id))
    {
    }

    private static Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyArgs? MakeArgs(Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyArgs? args)
    {
        args ??= new Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyArgs();
        args.ApiVersion = "networking.k8s.io/v1";
        args.Kind = "NetworkPolicy";
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

    public static NetworkPolicy Get(string name, Input<string> id, CustomResourceOptions? options = null) => new NetworkPolicy(name, id, options);
}
