using System.Collections.Immutable;

namespace MlPlatform.Components.Azure;

/// <summary>Adjustments cloud-neutral Kubernetes manifests need on AKS.</summary>
public static class AksManifests
{
    /// <summary>
    /// <paramref name="manifest"/> (a workload with a pod template: DaemonSet, Deployment) with a toleration of the AKS
    /// spot taint (<c>kubernetes.azure.com/scalesetpriority=spot:NoSchedule</c>) added when it has none, so its pods also
    /// run on spot nodes. Node agents such as the NVIDIA device plugin must, or spot GPUs are never advertised.
    /// </summary>
    public static ImmutableDictionary<string, object> TolerateSpot(ImmutableDictionary<string, object> manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var spec = (ImmutableDictionary<string, object>)manifest["spec"];
        var template = (ImmutableDictionary<string, object>)spec["template"];
        var podSpec = (ImmutableDictionary<string, object>)template["spec"];
        var tolerations = podSpec.TryGetValue("tolerations", out var existing) ? (ImmutableArray<object>)existing : [];
        if (tolerations.Any(t => t is IReadOnlyDictionary<string, object> d && d.TryGetValue("key", out var key) && Equals(key, GpuNodeLabels.AzureSpotTaintKey)))
        {
            return manifest;
        }

        var spot = ImmutableDictionary<string, object>.Empty
            .Add("key", GpuNodeLabels.AzureSpotTaintKey)
            .Add("operator", "Equal")
            .Add("value", GpuNodeLabels.AzureSpotTaintValue)
            .Add("effect", "NoSchedule");
        return manifest.SetItem("spec", spec.SetItem("template", template.SetItem("spec", podSpec.SetItem("tolerations", tolerations.Add(spot)))));
    }
}
