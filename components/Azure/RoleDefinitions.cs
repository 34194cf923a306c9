namespace MlPlatform.Components.Azure;

/// <summary>
/// Azure built-in role definitions the platform assigns, by their well-known IDs (the same in every tenant), and the
/// full role definition ID ARM expects: <c>/subscriptions/&lt;id&gt;/providers/Microsoft.Authorization/roleDefinitions/&lt;guid&gt;</c>.
/// </summary>
public static class RoleDefinitions
{
    /// <summary>AcrPull: pull images from a container registry.</summary>
    public const string AcrPull = "7f951dda-4ed3-4680-a7ca-43fe172d538d";

    /// <summary>Storage Blob Data Reader: read blobs and containers.</summary>
    public const string StorageBlobDataReader = "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1";

    /// <summary>Storage Blob Data Contributor: read, write and delete blobs.</summary>
    public const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";

    private const string Provider = "/providers/Microsoft.Authorization/roleDefinitions/";

    /// <summary>
    /// The role definition ID for an assignment at <paramref name="scopeId"/> (any resource ID under a subscription): the
    /// subscription is taken from the scope, so no extra lookup is needed. A scope without a subscription (as in unit
    /// tests) gives the tenant-level form, which ARM also resolves for built-in roles.
    /// </summary>
    public static string IdFor(string scopeId, string roleGuid)
    {
        ArgumentException.ThrowIfNullOrEmpty(roleGuid);
        if (!Guid.TryParse(roleGuid, out _))
        {
            throw new ArgumentException($"'{roleGuid}' is not a role definition GUID", nameof(roleGuid));
        }

        return AzureResourceIds.SubscriptionScope(scopeId) is { } subscription
            ? subscription + Provider + roleGuid
            : Provider + roleGuid;
    }
}
