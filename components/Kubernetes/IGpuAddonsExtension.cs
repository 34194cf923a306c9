namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// A cloud's own in-cluster GPU objects (cluster-autoscaler, Karpenter's NodePools), declared by <see cref="GpuAddons"/>
/// as its children so the cloud-neutral component needs no knowledge of them.
/// </summary>
public interface IGpuAddonsExtension
{
    /// <summary>Declares its objects under <paramref name="scope"/>'s component.</summary>
    void AddTo(GpuAddonsScope scope);
}
