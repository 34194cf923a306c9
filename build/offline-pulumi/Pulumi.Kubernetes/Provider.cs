// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
namespace Pulumi.Kubernetes;

/// <summary>The provider type for the kubernetes package.</summary>
[KubernetesResourceType("pulumi:providers:kubernetes")]
public partial class Provider : global::Pulumi.ProviderResource
{
    public Provider(string name, ProviderArgs? args = null, CustomResourceOptions? options = null)
        : base("kubernetes", name, args ?? new ProviderArgs(), MakeResourceOptions(options, ""))
    {
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
}

public sealed class ProviderArgs : global::Pulumi.ResourceArgs
{
    [Input("cluster")]
    public Input<string>? Cluster { get; set; }

    [Input("clusterIdentifier")]
    public Input<string>? ClusterIdentifier { get; set; }

    [Input("context")]
    public Input<string>? Context { get; set; }

    [Input("deleteUnreachable", json: true)]
    public Input<bool>? DeleteUnreachable { get; set; }

    [Input("enableServerSideApply", json: true)]
    public Input<bool>? EnableServerSideApply { get; set; }

    /// <summary>The contents of a kubeconfig file or the path to a kubeconfig file.</summary>
    [Input("kubeconfig")]
    public Input<string>? KubeConfig { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("renderYamlToDirectory")]
    public Input<string>? RenderYamlToDirectory { get; set; }

    [Input("suppressDeprecationWarnings", json: true)]
    public Input<bool>? SuppressDeprecationWarnings { get; set; }

    public ProviderArgs()
    {
        if (Utilities.GetEnv("KUBECONFIG") is { } kubeconfig)
        {
            KubeConfig = kubeconfig;
        }
    }

    public static new ProviderArgs Empty => new ProviderArgs();
}
