namespace MlPlatform.Stacks.Config;

/// <summary>
/// Third-party images the platform installs on the cluster, pinned by digest. Unset, the components use the upstream
/// release tags they were tested with, which the <c>security-images-by-digest</c> policy flags (mandatory in production).
/// </summary>
/// <param name="NvidiaDevicePlugin">The NVIDIA device plugin, e.g. <c>nvcr.io/nvidia/k8s-device-plugin@sha256:…</c>.</param>
/// <param name="ClusterAutoscaler">cluster-autoscaler (AWS; AKS runs its own), matching the Kubernetes minor version.</param>
public sealed record AddonImagesSpec(string? NvidiaDevicePlugin, string? ClusterAutoscaler);
