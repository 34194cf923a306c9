namespace MlPlatform.Inference.Routing;

/// <summary>Why a request went to its version.</summary>
public enum RouteReason
{
    /// <summary>The URL or the <c>x-model-version</c> header named the version.</summary>
    Pinned,
    /// <summary>The stable alias.</summary>
    Stable,
    /// <summary>The canary share of the weighted split.</summary>
    Canary,
}
