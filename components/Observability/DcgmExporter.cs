using System.Collections.Immutable;

namespace MlPlatform.Components.Observability;

/// <summary>
/// NVIDIA's DCGM exporter chart on every GPU node: pinned chart, image by digest, the GPU taint and the spot taints
/// tolerated on both clouds, nodes with GPUs only (by their <c>mlplatform.io/gpu-type</c> label), our own ServiceMonitor instead of the chart's.
/// </summary>
public static class DcgmExporter
{
    /// <summary>The chart repository NVIDIA publishes from github.com/NVIDIA/dcgm-exporter <c>deployment/</c>.</summary>
    public const string Repository = "https://nvidia.github.io/dcgm-exporter/helm-charts";

    public const string Chart = "dcgm-exporter";

    // NVIDIA/dcgm-exporter tag 4.5.3-4.8.2 (691c9276), deployment/Chart.yaml version 4.8.2, appVersion 4.8.2.
    public const string ChartVersion = "4.8.2";

    /// <summary>The exporter's tag at <see cref="ChartVersion"/> (the chart's <c>image.tag</c>), kept beside the digest for readers.</summary>
    public const string ImageTag = "4.5.3-4.8.2-distroless";

    /// <summary>The Helm release's name, which names the Service (<c>app.kubernetes.io/instance</c>).</summary>
    public const string ReleaseName = "dcgm-exporter";

    /// <summary>The Service's port name in the chart's service template.</summary>
    public const string MetricsPortName = "metrics";

    /// <summary>The labels the chart puts on its Service (selectorLabels in its _helpers.tpl).</summary>
    public static ImmutableDictionary<string, string> ServiceLabels { get; } = ImmutableDictionary<string, string>.Empty
        .Add("app.kubernetes.io/name", Chart)
        .Add("app.kubernetes.io/instance", ReleaseName);

    /// <summary>
    /// The tolerations: the GPU taint every GPU node carries (both clouds) and AKS's spot taint (EKS spot nodes carry no
    /// taint of their own).
    /// </summary>
    public static ImmutableArray<object> Tolerations { get; } =
    [
        Map().Add("key", GpuNodeLabels.GpuTaintKey).Add("operator", "Exists").Add("effect", GpuNodeLabels.GpuTaintEffect),
        Map().Add("key", GpuNodeLabels.AzureSpotTaintKey).Add("operator", "Equal").Add("value", GpuNodeLabels.AzureSpotTaintValue).Add("effect", "NoSchedule"),
    ];

    /// <summary>The chart's values for <paramref name="image"/> (repository@sha256:…).</summary>
    public static ImmutableDictionary<string, object> Values(string image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var at = image.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0)
        {
            throw new ArgumentException($"observability.dcgmExporterImage must be pinned by digest (got '{image}')", nameof(image));
        }

        // The chart renders repository:tag; a tag followed by the digest makes the runtime pull by digest.
        return Map()
            .Add("image", Map().Add("repository", image[..at]).Add("tag", $"{ImageTag}{image[at..]}"))
            .Add("tolerations", Tolerations)
            .Add("affinity", GpuNodesOnly())
            .Add("serviceMonitor", Map().Add("enabled", false))
            .Add("kubernetes", Map().Add("enablePodLabels", false));
    }

    // Every GPU node of either cloud carries its GPU model label; CPU nodes have no GPU to export.
    private static ImmutableDictionary<string, object> GpuNodesOnly() => Map().Add("nodeAffinity", Map()
        .Add("requiredDuringSchedulingIgnoredDuringExecution", Map()
            .Add("nodeSelectorTerms", ImmutableArray.Create<object>(Map()
                .Add("matchExpressions", ImmutableArray.Create<object>(Map().Add("key", GpuNodeLabels.GpuType).Add("operator", "Exists")))))));

    private static ImmutableDictionary<string, object> Map() => ImmutableDictionary<string, object>.Empty;
}
