// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Core.V1;

[KubernetesResourceType("kubernetes:core/v1:ConfigMap")]
public partial class ConfigMap : KubernetesResource
{
    [Output("apiVersion")]
    public Output<string> ApiVersion { get; private set; } = null!;

    [Output("binaryData")]
    public Output<ImmutableDictionary<string, string>> BinaryData { get; private set; } = null!;

    [Output("data")]
    public Output<ImmutableDictionary<string, string>> Data { get; private set; } = null!;

    [Output("immutable")]
    public Output<bool> Immutable { get; private set; } = null!;

    [Output("kind")]
    public Output<string> Kind { get; private set; } = null!;

    [Output("metadata")]
    public Output<Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

    public ConfigMap(string name, Pulumi.Kubernetes.Types.Inputs.Core.V1.ConfigMapArgs? args = null, CustomResourceOptions? options = null)
        : base("kubernetes:core/v1:ConfigMap", name, MakeArgs(args), MakeResourceOptions(options, ""))
    {
    }

    private ConfigMap(string name, Input<string> id, CustomResourceOptions? options = null)
        : base("kubernetes:core/v1:ConfigMap", name, null, MakeResourceOptions(options, id))
    {
    }

    private static Pulumi.Kubernetes.Types.Inputs.Core.V1.ConfigMapArgs? MakeArgs(Pulumi.Kubernetes.Types.Inputs.Core.V1.ConfigMapArgs? args)
    {
        args ??= new Pulumi.Kubernetes.Types.Inputs.Core.V1.ConfigMapArgs();
        args.ApiVersion = "v1";
        args.Kind = "ConfigMap";
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

    public static ConfigMap Get(string name, Input<string> id, CustomResourceOptions? options = null) => new ConfigMap(name, id, options);
}
