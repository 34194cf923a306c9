namespace MlPlatform.Inference.Routing;

/// <summary>Chooses the version for a request: pin, else weighted stable/canary split; plus an optional shadow copy.</summary>
public sealed class VersionRouter
{
    private readonly IRandomSource _random;

    /// <summary>Creates the router.</summary>
    public VersionRouter(IRandomSource random)
    {
        ArgumentNullException.ThrowIfNull(random);
        _random = random;
    }

    /// <summary>
    /// Routes one request. A pinned version must be loaded; the caller reports an unknown pin as 404.
    /// Returns null when <paramref name="pinned"/> names a version that is not loaded.
    /// </summary>
    public RouteDecision? Route(RoutingTable table, string? pinned)
    {
        ArgumentNullException.ThrowIfNull(table);
        string version;
        RouteReason reason;
        if (pinned is not null)
        {
            if (!table.LoadedVersions.Contains(pinned))
            {
                return null;
            }

            version = pinned;
            reason = RouteReason.Pinned;
        }
        else if (table.Canary is not null && table.CanaryWeight > 0 && _random.NextDouble() < table.CanaryWeight)
        {
            version = table.Canary;
            reason = RouteReason.Canary;
        }
        else
        {
            version = table.Stable;
            reason = RouteReason.Stable;
        }

        var shadow = table.Shadow is not null && table.Shadow != version && table.ShadowSampleRate > 0 && _random.NextDouble() < table.ShadowSampleRate
            ? table.Shadow
            : null;
        return new RouteDecision(version, reason, shadow);
    }
}
