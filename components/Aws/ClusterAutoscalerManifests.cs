using System.Collections.Immutable;

namespace MlPlatform.Components.Aws;

/// <summary>
/// cluster-autoscaler for the managed node group rendering: auto-discovers the node groups EKS tagged for this cluster
/// and chooses among them with the <c>priority</c> expander (spot groups first). A failed spot launch backs the group
/// off for <see cref="BackoffDuration"/>, after which the next priority (the on-demand fallback) is tried.
/// </summary>
public static class ClusterAutoscalerManifests
{
    public const string Namespace = "kube-system";

    public const string Name = "cluster-autoscaler";

    /// <summary>How long a node group that failed to launch (no spot capacity) is skipped before it is tried again.</summary>
    public const string BackoffDuration = "5m";

    /// <summary>The autoscaler release matching a Kubernetes minor version (they are released in lockstep).</summary>
    // For the default 1.33: kubernetes/autoscaler tag cluster-autoscaler-1.33.0 (1959f5f6), and v1.33.0 is promoted to
    // registry.k8s.io in kubernetes/k8s.io registry.k8s.io/images/k8s-staging-autoscaling/images.yaml (fe84f3f6).
    public static string Image(string kubernetesVersion) => $"registry.k8s.io/autoscaling/cluster-autoscaler:v{kubernetesVersion}.0";

    /// <summary>The command-line flags.</summary>
    public static ImmutableArray<string> Flags(string clusterName) =>
    [
        "--cloud-provider=aws",
        $"--namespace={Namespace}",
        "--expander=priority",
        $"--node-group-auto-discovery=asg:tag={AwsTags.AutoscalerEnabled},k8s.io/cluster-autoscaler/{clusterName}",
        "--balance-similar-node-groups",
        "--skip-nodes-with-system-pods=false",
        "--skip-nodes-with-local-storage=false",
        $"--max-node-group-backoff-duration={BackoffDuration}",
        "--scale-down-unneeded-time=10m",
        "--logtostderr=true",
        "--v=2",
    ];

    /// <summary>Cluster-wide permissions (upstream's auto-discovery example).</summary>
    public static ImmutableArray<(string[] ApiGroups, string[] Resources, string[] ResourceNames, string[] Verbs)> ClusterRules { get; } =
    [
        ([""], ["events", "endpoints"], [], ["create", "patch"]),
        ([""], ["pods/eviction"], [], ["create"]),
        ([""], ["pods/status"], [], ["update"]),
        ([""], ["endpoints"], [Name], ["get", "update"]),
        ([""], ["nodes"], [], ["watch", "list", "get", "update"]),
        ([""], ["namespaces", "pods", "services", "replicationcontrollers", "persistentvolumeclaims", "persistentvolumes"], [], ["watch", "list", "get"]),
        (["apps"], ["statefulsets", "replicasets", "daemonsets"], [], ["watch", "list", "get"]),
        (["policy"], ["poddisruptionbudgets"], [], ["watch", "list"]),
        (["storage.k8s.io"], ["storageclasses", "csinodes", "csidrivers", "csistoragecapacities", "volumeattachments"], [], ["watch", "list", "get"]),
        (["batch"], ["jobs", "cronjobs"], [], ["watch", "list", "get"]),
        (["coordination.k8s.io"], ["leases"], [], ["create"]),
        (["coordination.k8s.io"], ["leases"], [Name], ["get", "update"]),
    ];

    /// <summary>Permissions in its namespace: its status ConfigMap and the priority expander's.</summary>
    public static ImmutableArray<(string[] ApiGroups, string[] Resources, string[] ResourceNames, string[] Verbs)> NamespaceRules { get; } =
    [
        ([""], ["configmaps"], [], ["create", "list", "watch"]),
        ([""], ["configmaps"], ["cluster-autoscaler-status", PriorityExpanderConfig.ConfigMapName], ["delete", "get", "update", "watch"]),
    ];

    /// <summary>The Deployment: one replica on the system pool, non-root, read-only root filesystem.</summary>
    public static ImmutableDictionary<string, object> Deployment(string image, string clusterName, string region)
    {
        var selector = Map().Add("app.kubernetes.io/name", Name).Add("app.kubernetes.io/instance", Name);
        var labels = KubernetesLabels.For(Name, Name, KubernetesLabels.ImageVersion(image), "autoscaler").ToImmutableDictionary(p => p.Key, p => (object)p.Value);
        var container = Map()
            .Add("name", Name)
            .Add("image", image)
            .Add("command", ImmutableArray.Create<object>(["./cluster-autoscaler", .. Flags(clusterName)]))
            .Add("env", List(Map().Add("name", "AWS_REGION").Add("value", region)))
            .Add("resources", Map().Add("requests", Map().Add("cpu", "100m").Add("memory", "300Mi")).Add("limits", Map().Add("memory", "600Mi")))
            .Add("securityContext", Map()
                .Add("runAsNonRoot", true)
                .Add("runAsUser", 65534)
                .Add("readOnlyRootFilesystem", true)
                .Add("allowPrivilegeEscalation", false)
                .Add("capabilities", Map().Add("drop", List("ALL"))));
        return Map()
            .Add("apiVersion", "apps/v1")
            .Add("kind", "Deployment")
            .Add("metadata", Map().Add("name", Name).Add("namespace", Namespace).Add("labels", labels))
            .Add("spec", Map()
                .Add("replicas", 1)
                .Add("selector", Map().Add("matchLabels", selector))
                .Add("template", Map()
                    .Add("metadata", Map().Add("labels", labels.SetItems(selector)))
                    .Add("spec", Map()
                        .Add("serviceAccountName", Name)
                        .Add("priorityClassName", "system-cluster-critical")
                        .Add("nodeSelector", Map().Add(GpuNodeLabels.Pool, "system"))
                        .Add("containers", List(container)))));
    }

    private static ImmutableDictionary<string, object> Map() => ImmutableDictionary<string, object>.Empty;

    private static ImmutableArray<object> List(params object[] items) => [.. items];
}
