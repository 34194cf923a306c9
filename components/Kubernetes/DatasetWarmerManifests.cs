using System.Collections.Immutable;
using System.Globalization;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// The dataset cache warmer DaemonSet (services/dataset-warmer) as a plain manifest: one pod per GPU node that carries
/// the cache, pre-fetching the configured dataset versions into the NVMe mount, verifying digests, evicting LRU past the
/// size limit, with Prometheus metrics on <see cref="MetricsPort"/>. Non-root, read-only root filesystem, no capabilities.
/// </summary>
public static class DatasetWarmerManifests
{
    public const int RunAsUser = 65532;

    public const int MetricsPort = 9400;

    public const string CacheMountInPod = "/cache";

    /// <summary>The DaemonSet.</summary>
    /// <param name="storeUri"><c>s3://bucket</c> (or an Azure blob container URL): where dataset versions live.</param>
    /// <param name="prefetch">Dataset versions as <c>name@version</c>.</param>
    public static ImmutableDictionary<string, object> DaemonSet(
        string image, string @namespace, string serviceAccount, string storeUri, string hostPath, int maxSizeGiB, IEnumerable<string> prefetch, string region)
    {
        var labels = KubernetesLabels.For("dataset-warmer", "dataset-warmer", KubernetesLabels.ImageVersion(image), "dataset-cache");
        var selector = Map().Add("app.kubernetes.io/name", "dataset-warmer").Add("app.kubernetes.io/instance", "dataset-warmer");
        var container = Map()
            .Add("name", "warmer")
            .Add("image", image)
            .Add("args", List("--store", storeUri, "--cache", CacheMountInPod, "--max-size-gib", maxSizeGiB.ToString(CultureInfo.InvariantCulture), "--datasets", string.Join(',', prefetch), "--metrics-port", MetricsPort.ToString(CultureInfo.InvariantCulture)))
            .Add("env", List(Map().Add("name", "AWS_REGION").Add("value", region)))
            .Add("ports", List(Map().Add("name", "metrics").Add("containerPort", MetricsPort)))
            .Add("readinessProbe", Map().Add("httpGet", Map().Add("path", "/readyz").Add("port", "metrics")).Add("periodSeconds", 10))
            .Add("livenessProbe", Map().Add("httpGet", Map().Add("path", "/healthz").Add("port", "metrics")).Add("periodSeconds", 20))
            .Add("resources", Map()
                .Add("requests", Map().Add("cpu", "100m").Add("memory", "256Mi"))
                .Add("limits", Map().Add("memory", "1Gi")))
            .Add("securityContext", Map()
                .Add("runAsNonRoot", true)
                .Add("runAsUser", RunAsUser)
                .Add("runAsGroup", RunAsUser)
                .Add("readOnlyRootFilesystem", true)
                .Add("allowPrivilegeEscalation", false)
                .Add("capabilities", Map().Add("drop", List("ALL")))
                .Add("seccompProfile", Map().Add("type", "RuntimeDefault")))
            .Add("volumeMounts", List(
                Map().Add("name", "cache").Add("mountPath", CacheMountInPod),
                Map().Add("name", "tmp").Add("mountPath", "/tmp")));
        var podSpec = Map()
            .Add("serviceAccountName", serviceAccount)
            .Add("automountServiceAccountToken", true)
            .Add("nodeSelector", Map().Add(GpuNodeLabels.DatasetCache, "true"))
            .Add("tolerations", List(
                Map().Add("key", GpuNodeLabels.GpuTaintKey).Add("operator", "Exists").Add("effect", GpuNodeLabels.GpuTaintEffect),
                Map().Add("key", GpuNodeLabels.AzureSpotTaintKey).Add("operator", "Exists").Add("effect", GpuNodeLabels.GpuTaintEffect)))
            .Add("containers", List(container))
            .Add("volumes", List(
                Map().Add("name", "cache").Add("hostPath", Map().Add("path", hostPath).Add("type", "DirectoryOrCreate")),
                Map().Add("name", "tmp").Add("emptyDir", Map().Add("sizeLimit", "64Mi"))));
        return Map()
            .Add("apiVersion", "apps/v1")
            .Add("kind", "DaemonSet")
            .Add("metadata", Map().Add("name", "dataset-warmer").Add("namespace", @namespace).Add("labels", ToObjects(labels)))
            .Add("spec", Map()
                .Add("selector", Map().Add("matchLabels", selector))
                .Add("updateStrategy", Map().Add("type", "RollingUpdate").Add("rollingUpdate", Map().Add("maxUnavailable", "25%")))
                .Add("template", Map()
                    .Add("metadata", Map()
                        .Add("labels", ToObjects(labels))
                        .Add("annotations", Map()
                            .Add("prometheus.io/scrape", "true")
                            .Add("prometheus.io/port", MetricsPort.ToString(CultureInfo.InvariantCulture))))
                    .Add("spec", podSpec)));
    }

    private static ImmutableDictionary<string, object> ToObjects(ImmutableDictionary<string, string> values) =>
        values.ToImmutableDictionary(p => p.Key, p => (object)p.Value);

    private static ImmutableDictionary<string, object> Map() => ImmutableDictionary<string, object>.Empty;

    private static ImmutableArray<object> List(params object[] items) => [.. items];
}
