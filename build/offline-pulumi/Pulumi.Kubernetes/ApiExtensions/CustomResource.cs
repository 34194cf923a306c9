// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Pulumi.Kubernetes.Types.Outputs.Meta.V1;

namespace Pulumi.Kubernetes.ApiExtensions;

/// <summary>An instance of a CustomResourceDefinition (for example a Gateway API HTTPRoute or a Karpenter NodePool).</summary>
public class CustomResource : KubernetesResource
{
    [Output("apiVersion")]
    public Output<string> ApiVersion { get; private set; } = null!;

    [Output("kind")]
    public Output<string> Kind { get; private set; } = null!;

    [Output("metadata")]
    public Output<ObjectMeta> Metadata { get; private set; } = null!;

    public CustomResource(string name, CustomResourceArgs args, CustomResourceOptions? options = null)
        : base((args ?? throw new ArgumentNullException(nameof(args))).Type, name, args, options)
    {
    }
}

/// <summary>
/// The definition of a custom resource instance. Abstract, as in the real package: derive from it and declare the
/// resource's own fields (e.g. <c>[Input("spec")]</c>).
/// </summary>
public abstract class CustomResourceArgs : ResourceArgs
{
    [Input("apiVersion")]
    public Input<string> ApiVersion { get; }

    [Input("kind")]
    public Input<string> Kind { get; }

    [Input("metadata")]
    public Input<ObjectMetaArgs>? Metadata { get; set; }

    /// <summary>Resource type name, e.g. <c>kubernetes:stable.example.com:CronTab</c>.</summary>
    internal string Type { get; }

    protected CustomResourceArgs(string apiVersion, string kind)
    {
        this.ApiVersion = apiVersion;
        this.Kind = kind;
        this.Type = $"kubernetes:{apiVersion}:{kind}";
    }
}
