namespace MlPlatform.Components.Kubernetes;

/// <summary>How a model version scales.</summary>
/// <param name="MinReplicas">Warm pool: replicas kept ready even without traffic (from config); 0 scales to zero and needs KEDA.</param>
/// <param name="MaxReplicas">Upper bound.</param>
/// <param name="TargetQueueDepth">Requests waiting per pod that trigger a scale-up (<c>inference_queue_depth</c>).</param>
/// <param name="UseKeda">Scale with a KEDA ScaledObject on a Prometheus query instead of an HPA on the custom metric.</param>
/// <param name="PrometheusAddress">Prometheus that KEDA queries.</param>
public sealed record AutoscalingSettings(
    int MinReplicas,
    int MaxReplicas,
    double TargetQueueDepth = 4,
    bool UseKeda = false,
    string PrometheusAddress = "http://prometheus-operated.monitoring.svc:9090");
