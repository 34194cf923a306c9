using System.Diagnostics;

namespace MlPlatform.Inference.Observability;

/// <summary>
/// OpenTelemetry-compatible traces: an <c>infer</c> span per request (model, version, route) and an <c>execute-batch</c>
/// span per batch (rows, requests). Nothing is recorded unless a listener (an OpenTelemetry SDK) subscribes to <see cref="SourceName"/>.
/// </summary>
public static class InferenceTracing
{
    /// <summary>The activity source name to subscribe to.</summary>
    public const string SourceName = "MlPlatform.Inference";

    /// <summary>The source.</summary>
    public static ActivitySource Source { get; } = new(SourceName);
}
