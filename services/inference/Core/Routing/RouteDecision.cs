namespace MlPlatform.Inference.Routing;

/// <summary>Where one request goes.</summary>
/// <param name="Version">The version whose answer is returned.</param>
/// <param name="Reason">Why.</param>
/// <param name="ShadowVersion">A version that also runs the request for comparison, or null.</param>
public sealed record RouteDecision(string Version, RouteReason Reason, string? ShadowVersion);
