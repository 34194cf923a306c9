using System.Collections.Immutable;
using System.Globalization;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// Scaling of inference versions on the runtime's queue depth (requests waiting for a batch), which tracks load on a GPU
/// far better than CPU: an HPA on the per-pod custom metric (served by prometheus-adapter), or a KEDA ScaledObject.
/// </summary>
public static class Autoscaling
{
    public const string QueueDepthMetric = "inference_queue_depth";

    public const string KedaApiVersion = "keda.sh/v1alpha1";

    public static IReadOnlyList<SpecError> Validate(AutoscalingSettings settings, string path)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<SpecError>();
        if (settings.MinReplicas < 0)
        {
            errors.Add(new SpecError($"{path}.minReplicas", $"must be >= 0 (got {settings.MinReplicas})"));
        }
        else if (settings.MinReplicas == 0 && !settings.UseKeda)
        {
            // An HPA cannot scale to zero (its minReplicas is at least 1); KEDA can, and wakes the version on load.
            errors.Add(new SpecError($"{path}.minReplicas", "0 (scale to zero) needs KEDA; use at least 1 with the HPA"));
        }

        if (settings.MaxReplicas < Math.Max(1, settings.MinReplicas))
        {
            errors.Add(new SpecError($"{path}.maxReplicas", $"must be >= minReplicas and >= 1 (got {settings.MaxReplicas}, minReplicas {settings.MinReplicas})"));
        }

        if (settings.TargetQueueDepth <= 0)
        {
            errors.Add(new SpecError($"{path}.targetQueueDepth", "must be positive"));
        }

        return errors;
    }

    /// <summary>The PromQL KEDA evaluates: requests waiting across the version's pods.</summary>
    public static string QueueDepthQuery(string model, string version) =>
        $"sum({QueueDepthMetric}{{model=\"{model}\",version=\"{version}\"}})";

    /// <summary>The <c>spec</c> of a KEDA ScaledObject for the Deployment <paramref name="deploymentName"/>.</summary>
    public static ImmutableDictionary<string, object> KedaScaledObject(string deploymentName, string model, string version, AutoscalingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        InvalidSpecException.ThrowIfAny(Validate(settings, "autoscaling"));
        return GatewayApiSpecs.Map(
            ("scaleTargetRef", GatewayApiSpecs.Map(("apiVersion", "apps/v1"), ("kind", "Deployment"), ("name", deploymentName))),
            ("minReplicaCount", settings.MinReplicas),
            ("maxReplicaCount", settings.MaxReplicas),
            ("cooldownPeriod", 300),
            ("triggers", GatewayApiSpecs.List(GatewayApiSpecs.Map(
                ("type", "prometheus"),
                ("metadata", GatewayApiSpecs.Map(
                    ("serverAddress", settings.PrometheusAddress),
                    ("query", QueueDepthQuery(model, version)),
                    ("threshold", settings.TargetQueueDepth.ToString(CultureInfo.InvariantCulture))))))));
    }
}
