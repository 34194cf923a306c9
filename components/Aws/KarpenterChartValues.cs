using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace MlPlatform.Components.Aws;

/// <summary>
/// The values of the Karpenter chart, and the checks on the settings they come from. Plain data, tested without Pulumi.
/// </summary>
public static partial class KarpenterChartValues
{
    /// <summary>The label Karpenter puts on every node it launches.</summary>
    public const string NodePoolLabel = "karpenter.sh/nodepool";

    /// <summary>
    /// Values for the release: cluster and interruption queue, the service account the Pod Identity association binds,
    /// replicas spread one per node, pinned to the system node group and kept off Karpenter's own nodes, and the
    /// controller's requests and limits.
    /// </summary>
    public static ImmutableDictionary<string, object> For(string clusterName, string interruptionQueue, KarpenterControllerSettings settings)
    {
        ArgumentException.ThrowIfNullOrEmpty(clusterName);
        ArgumentException.ThrowIfNullOrEmpty(interruptionQueue);
        ArgumentNullException.ThrowIfNull(settings);
        var nodeSelector = Map().Add("kubernetes.io/os", "linux").SetItems(settings.SystemNodeLabels.Select(p => KeyValuePair.Create(p.Key, (object)p.Value)));
        var notKarpenterNodes = Map().Add("key", NodePoolLabel).Add("operator", "DoesNotExist");
        return Map()
            .Add("settings", Map().Add("clusterName", clusterName).Add("interruptionQueue", interruptionQueue))
            .Add("serviceAccount", Map().Add("create", true).Add("name", settings.ServiceAccountName))
            .Add("replicas", settings.Replicas)
            .Add("nodeSelector", nodeSelector)
            .Add("affinity", Map()
                .Add("nodeAffinity", Map()
                    .Add("requiredDuringSchedulingIgnoredDuringExecution", Map()
                        .Add("nodeSelectorTerms", List(Map().Add("matchExpressions", List(notKarpenterNodes))))))
                .Add("podAntiAffinity", Map()
                    .Add("requiredDuringSchedulingIgnoredDuringExecution", List(Map().Add("topologyKey", "kubernetes.io/hostname")))))
            .Add("controller", Map()
                .Add("resources", Map()
                    .Add("requests", Map().Add("cpu", settings.CpuRequest).Add("memory", settings.MemoryRequest))
                    .Add("limits", Map().Add("cpu", settings.CpuLimit).Add("memory", settings.MemoryLimit))));
    }

    /// <summary>Every problem with <paramref name="settings"/>, each under <paramref name="path"/> (e.g. <c>karpenter</c>).</summary>
    public static IReadOnlyList<SpecError> Validate(KarpenterControllerSettings settings, string path = "karpenter")
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<SpecError>();
        if (!ChartVersionPattern().IsMatch(settings.ChartVersion ?? string.Empty))
        {
            errors.Add(new SpecError($"{path}.chartVersion", $"must be a Karpenter v1 chart version such as {KarpenterControllerSettings.DefaultChartVersion} (got '{settings.ChartVersion}')"));
        }

        foreach (var (field, value) in new[] { ("namespace", settings.Namespace), ("serviceAccountName", settings.ServiceAccountName) })
        {
            if (!DnsLabelPattern().IsMatch(value ?? string.Empty) || value!.Length > 63)
            {
                errors.Add(new SpecError($"{path}.{field}", $"must be a DNS label: lowercase letters, digits and '-', at most 63 characters (got '{value}')"));
            }
        }

        if (settings.Replicas is < 1 or > 5)
        {
            errors.Add(new SpecError($"{path}.replicas", $"must be between 1 and 5 (got {settings.Replicas})"));
        }

        foreach (var (field, value, pattern) in new[]
        {
            ("cpuRequest", settings.CpuRequest, CpuPattern()), ("cpuLimit", settings.CpuLimit, CpuPattern()),
            ("memoryRequest", settings.MemoryRequest, MemoryPattern()), ("memoryLimit", settings.MemoryLimit, MemoryPattern()),
        })
        {
            if (!pattern.IsMatch(value ?? string.Empty))
            {
                errors.Add(new SpecError($"{path}.{field}", $"must be a Kubernetes quantity such as {(field.StartsWith("cpu", StringComparison.Ordinal) ? "1 or 500m" : "1Gi or 512Mi")} (got '{value}')"));
            }
        }

        if (settings.SystemNodeLabels.IsEmpty)
        {
            errors.Add(new SpecError($"{path}.systemNodeLabels", "must name at least one label of the system node group, so the controller never runs on nodes it manages"));
        }

        return errors;
    }

    private static ImmutableDictionary<string, object> Map() => ImmutableDictionary<string, object>.Empty;

    private static ImmutableArray<object> List(params object[] items) => [.. items];

    [GeneratedRegex(@"^1\.\d+\.\d+$")]
    private static partial Regex ChartVersionPattern();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex DnsLabelPattern();

    [GeneratedRegex(@"^([0-9]+(\.[0-9]+)?|[0-9]+m)$")]
    private static partial Regex CpuPattern();

    [GeneratedRegex("^[0-9]+(Ki|Mi|Gi|Ti)?$")]
    private static partial Regex MemoryPattern();
}
