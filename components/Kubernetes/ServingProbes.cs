namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// Probes of the platform's services. The inference runtime's OIP v2 ready endpoint (<c>/v2/health/ready</c>) reports ready
/// only once every model version it serves is loaded and has answered a warm-up inference, so readiness means "can infer",
/// not "process is up"; the startup probe allows for large model downloads before liveness starts counting.
/// </summary>
public static class ServingProbes
{
    public const string InferenceReadyPath = "/v2/health/ready";

    public const string InferenceLivePath = "/v2/health/live";

    /// <summary>Readiness of the shared service defaults (scheduler): checks tagged ready pass (the store is reachable).</summary>
    public const string ServiceReadyPath = "/readyz";

    /// <summary>Liveness of the shared service defaults: the process answers.</summary>
    public const string ServiceLivePath = "/healthz";

    public static HttpProbeSettings InferenceReadiness(int port) => new(InferenceReadyPath, port, 0, 5, 3, 2);

    public static HttpProbeSettings InferenceLiveness(int port) => new(InferenceLivePath, port, 0, 10, 3, 3);

    /// <summary>Up to <paramref name="maxStartupSeconds"/> to download and warm the model before liveness applies.</summary>
    public static HttpProbeSettings InferenceStartup(int port, int maxStartupSeconds = 600) =>
        new(InferenceLivePath, port, 5, 5, 3, Math.Max(1, maxStartupSeconds / 5));

    public static HttpProbeSettings ServiceReadiness(int port) => new(ServiceReadyPath, port, 0, 5, 3, 3);

    public static HttpProbeSettings ServiceLiveness(int port) => new(ServiceLivePath, port, 10, 10, 3, 3);
}
