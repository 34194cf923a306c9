using System.ComponentModel.DataAnnotations;

namespace MlPlatform.Inference.Routing;

/// <summary>How traffic splits between a model's aliases (configuration <c>Inference:Routing</c>, per model <c>Inference:Models:&lt;name&gt;:Routing</c>).</summary>
public sealed record RoutingSettings
{
    /// <summary>Share of unpinned requests sent to the <c>canary</c> alias's version, 0–1.</summary>
    [Range(0.0, 1.0)]
    public double CanaryWeight { get; init; } = 0.1;

    /// <summary>Share of requests copied to the <c>shadow</c> alias's version, 0–1.</summary>
    [Range(0.0, 1.0)]
    public double ShadowSampleRate { get; init; } = 1.0;

    /// <summary>Largest absolute difference between floating-point elements that still counts as a shadow match.</summary>
    [Range(0.0, double.MaxValue)]
    public double ShadowTolerance { get; init; } = 1e-4;

    /// <summary>Shadow inferences allowed at once per model; beyond it shadow copies are dropped (and counted), never queued.</summary>
    [Range(1, 10_000)]
    public int MaxConcurrentShadows { get; init; } = 8;
}
