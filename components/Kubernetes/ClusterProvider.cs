using Pulumi;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// The one Kubernetes provider of a cluster, which the cloud platform creates from its kubeconfig and every in-cluster
/// object (the cloud's GPU add-ons and the whole Kubernetes layer) uses.
/// </summary>
public static class ClusterProvider
{
    /// <summary>
    /// The provider's name, the one the Kubernetes layer's provider had, so the layer's objects keep their provider. The
    /// cloud GPU add-ons used a second provider with the same config (<c>aws-cluster</c>, <c>azure-cluster</c>); when a
    /// resource's provider changes, the engine diffs the two providers' config (DiffConfig) and, as they are equal, keeps
    /// the resource.
    /// </summary>
    public const string Name = "kubernetes";

    /// <summary>The provider of <paramref name="cluster"/>, server-side apply on; it waits for the cluster.</summary>
    public static Pulumi.Kubernetes.Provider Create(Input<string> kubeconfig, Resource cluster)
    {
        ArgumentNullException.ThrowIfNull(kubeconfig);
        ArgumentNullException.ThrowIfNull(cluster);
        return new Pulumi.Kubernetes.Provider(Name, new Pulumi.Kubernetes.ProviderArgs
        {
            KubeConfig = kubeconfig,
            EnableServerSideApply = true,
        }, new CustomResourceOptions { DependsOn = { cluster } });
    }
}
