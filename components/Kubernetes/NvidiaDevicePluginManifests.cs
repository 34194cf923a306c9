using System.Collections.Immutable;
using System.Globalization;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// The NVIDIA device plugin as plain manifests: it advertises <c>nvidia.com/gpu</c> on GPU nodes (the AL2023 NVIDIA AMI
/// brings driver and container toolkit). Pools that share GPUs by time-slicing get their own DaemonSet whose config
/// advertises each GPU <c>replicas</c> times; the others get the plain plugin. Each DaemonSet selects its pools by the
/// <c>mlplatform.io/pool</c> label, so a node runs exactly one plugin.
/// </summary>
public static class NvidiaDevicePluginManifests
{
    // NVIDIA/k8s-device-plugin tag v0.17.2 (390b1f6a): versions.mk VERSION v0.17.2, README pulls nvcr.io/nvidia/k8s-device-plugin:v0.17.2.
    public const string DefaultImage = "nvcr.io/nvidia/k8s-device-plugin:v0.17.2";

    public const string Namespace = "kube-system";

    /// <summary>The time-slicing configuration file of the plugin.</summary>
    public static string TimeSlicingConfig(int replicas) =>
        string.Create(CultureInfo.InvariantCulture, $"""
            version: v1
            flags:
              migStrategy: none
            sharing:
              timeSlicing:
                resources:
                  - name: nvidia.com/gpu
                    replicas: {replicas}

            """).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Pools grouped by their time-slicing replicas: one DaemonSet per group.</summary>
    public static ImmutableSortedDictionary<int, ImmutableArray<string>> SharingGroups(IEnumerable<GpuPoolSpec> pools)
    {
        ArgumentNullException.ThrowIfNull(pools);
        return pools.GroupBy(p => Math.Max(1, p.GpuSharingReplicas))
            .ToImmutableSortedDictionary(g => g.Key, g => g.Select(p => p.Name).Order(StringComparer.Ordinal).ToImmutableArray());
    }

    /// <summary>Name of the DaemonSet (and its ConfigMap) of one sharing group.</summary>
    public static string Name(int replicas) => replicas <= 1 ? "nvidia-device-plugin" : $"nvidia-device-plugin-shared-{replicas.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The DaemonSet of the pools in <paramref name="pools"/> with <paramref name="replicas"/> time-slicing replicas.</summary>
    public static ImmutableDictionary<string, object> DaemonSet(string image, int replicas, IReadOnlyList<string> pools)
    {
        ArgumentNullException.ThrowIfNull(pools);
        var name = Name(replicas);
        var selector = Map().Add("app.kubernetes.io/name", "nvidia-device-plugin").Add("app.kubernetes.io/instance", name);
        var labels = KubernetesLabels.For("nvidia-device-plugin", name, KubernetesLabels.ImageVersion(image), "gpu").ToImmutableDictionary(p => p.Key, p => (object)p.Value);
        var env = List(Map().Add("name", "FAIL_ON_INIT_ERROR").Add("value", "false"));
        var mounts = List(Map().Add("name", "device-plugin").Add("mountPath", "/var/lib/kubelet/device-plugins"));
        var volumes = List(Map().Add("name", "device-plugin").Add("hostPath", Map().Add("path", "/var/lib/kubelet/device-plugins")));
        if (replicas > 1)
        {
            env = env.Add(Map().Add("name", "CONFIG_FILE").Add("value", "/config/config.yaml"));
            mounts = mounts.Add(Map().Add("name", "config").Add("mountPath", "/config").Add("readOnly", true));
            volumes = volumes.Add(Map().Add("name", "config").Add("configMap", Map().Add("name", name)));
        }

        var container = Map()
            .Add("name", "nvidia-device-plugin")
            .Add("image", image)
            .Add("env", env)
            .Add("securityContext", Map().Add("allowPrivilegeEscalation", false).Add("capabilities", Map().Add("drop", List("ALL"))))
            .Add("resources", Map().Add("requests", Map().Add("cpu", "10m").Add("memory", "32Mi")).Add("limits", Map().Add("memory", "128Mi")))
            .Add("volumeMounts", mounts);
        var affinity = Map().Add("nodeAffinity", Map().Add("requiredDuringSchedulingIgnoredDuringExecution", Map()
            .Add("nodeSelectorTerms", List(Map().Add("matchExpressions", List(Map()
                .Add("key", GpuNodeLabels.Pool)
                .Add("operator", "In")
                .Add("values", ImmutableArray.CreateRange(pools.Select(p => (object)p)))))))));
        var podSpec = Map()
            .Add("priorityClassName", "system-node-critical")
            .Add("tolerations", List(Map().Add("key", GpuNodeLabels.GpuTaintKey).Add("operator", "Exists").Add("effect", GpuNodeLabels.GpuTaintEffect)))
            .Add("affinity", affinity)
            .Add("containers", List(container))
            .Add("volumes", volumes);
        return Map()
            .Add("apiVersion", "apps/v1")
            .Add("kind", "DaemonSet")
            .Add("metadata", Map().Add("name", name).Add("namespace", Namespace).Add("labels", labels))
            .Add("spec", Map()
                .Add("selector", Map().Add("matchLabels", selector))
                .Add("updateStrategy", Map().Add("type", "RollingUpdate"))
                .Add("template", Map()
                    .Add("metadata", Map().Add("labels", labels.SetItems(selector)))
                    .Add("spec", podSpec)));
    }

    private static ImmutableDictionary<string, object> Map() => ImmutableDictionary<string, object>.Empty;

    private static ImmutableArray<object> List(params object[] items) => [.. items];
}
