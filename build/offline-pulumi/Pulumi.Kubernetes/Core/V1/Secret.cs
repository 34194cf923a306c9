// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Core.V1;

[KubernetesResourceType("kubernetes:core/v1:Secret")]
public partial class Secret : KubernetesResource
{
    [Output("apiVersion")]
    public Output<string> ApiVersion { get; private set; } = null!;

    [Output("data")]
    public Output<ImmutableDictionary<string, string>> Data { get; private set; } = null!;

    [Output("immutable")]
    public Output<bool> Immutable { get; private set; } = null!;

    [Output("kind")]
    public Output<string> Kind { get; private set; } = null!;

    [Output("metadata")]
    public Output<Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

    [Output("stringData")]
    public Output<ImmutableDictionary<string, string>> StringData { get; private set; } = null!;

    [Output("type")]
    public Output<string> Type { get; private set; } = null!;

    public Secret(string name, Pulumi.Kubernetes.Types.Inputs.Core.V1.SecretArgs? args = null, CustomResourceOptions? options = null)
        : base("kubernetes:core/v1:Secret", name, MakeArgs(args), MakeResourceOptions(options, ""))
    {
    }

    private Secret(string name, Input<string> id, CustomResourceOptions? options = null)
        : base("kubernetes:core/v1:Secret", name, null, MakeResourceOptions(options, id))
    {
    }

    private static Pulumi.Kubernetes.Types.Inputs.Core.V1.SecretArgs? MakeArgs(Pulumi.Kubernetes.Types.Inputs.Core.V1.SecretArgs? args)
    {
        args ??= new Pulumi.Kubernetes.Types.Inputs.Core.V1.SecretArgs();
        args.ApiVersion = "v1";
        args.Kind = "Secret";
        return args;
    }

    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
    {
        var defaultOptions = new CustomResourceOptions
        {
            Version = Utilities.Version,
            AdditionalSecretOutputs =
            {
                "data",
                "stringData",
            },
        };
        var merged = CustomResourceOptions.Merge(defaultOptions, options);
        merged.Id = id ?? merged.Id;
        return merged;
    }

    public static Secret Get(string name, Input<string> id, CustomResourceOptions? options = null) => new Secret(name, id, options);
}
