using System.Collections.Frozen;

namespace MlPlatform.Components.Azure;

/// <summary>
/// Private Link group IDs (the sub-resource of a target a private endpoint connects to) and the private DNS zone
/// Azure resolves each through, as Azure's private endpoint DNS configuration lists them for the public cloud.
/// </summary>
public static class PrivateLinkGroups
{
    /// <summary>Azure Container Registry (login server and regional data endpoints).</summary>
    public const string Registry = "registry";

    /// <summary>Blob service of a storage account.</summary>
    public const string Blob = "blob";

    /// <summary>Private DNS zones are global resources: Azure accepts no other location for them.</summary>
    public const string DnsZoneLocation = "global";

    private static readonly FrozenDictionary<string, string> Zones = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Registry] = "privatelink.azurecr.io",
        [Blob] = "privatelink.blob.core.windows.net",
        ["dfs"] = "privatelink.dfs.core.windows.net",
        ["file"] = "privatelink.file.core.windows.net",
        ["queue"] = "privatelink.queue.core.windows.net",
        ["table"] = "privatelink.table.core.windows.net",
        ["vault"] = "privatelink.vaultcore.azure.net",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every group ID with a known zone, in order.</summary>
    public static IReadOnlyList<string> Known { get; } = [.. Zones.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="groupId"/> has a known private DNS zone.</summary>
    public static bool IsKnown(string groupId) => groupId is not null && Zones.ContainsKey(groupId);

    /// <summary>The private DNS zone of <paramref name="groupId"/>, e.g. <c>privatelink.azurecr.io</c> for <c>registry</c>.</summary>
    public static string ZoneName(string groupId)
    {
        ArgumentException.ThrowIfNullOrEmpty(groupId);
        return Zones.TryGetValue(groupId, out var zone)
            ? zone
            : throw new ArgumentException($"'{groupId}' is not a known Private Link group ID (known: {string.Join(", ", Known)})", nameof(groupId));
    }

    /// <summary>
    /// The name of a zone's entry in a private DNS zone group: the zone with dots as dashes (the portal's convention;
    /// dots are not allowed there).
    /// </summary>
    public static string ZoneConfigName(string zoneName)
    {
        ArgumentException.ThrowIfNullOrEmpty(zoneName);
        return zoneName.Replace('.', '-');
    }
}
