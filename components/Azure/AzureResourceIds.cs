namespace MlPlatform.Components.Azure;

/// <summary>Reading parts of Azure resource IDs (<c>/subscriptions/&lt;id&gt;/resourceGroups/&lt;name&gt;/…</c>).</summary>
public static class AzureResourceIds
{
    /// <summary>
    /// <c>/subscriptions/&lt;id&gt;</c> of <paramref name="resourceId"/>, or null when the ID names no subscription
    /// (as with the placeholder IDs of unit tests).
    /// </summary>
    public static string? SubscriptionScope(string resourceId)
    {
        var parts = (resourceId ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && string.Equals(parts[0], "subscriptions", StringComparison.OrdinalIgnoreCase)
            ? $"/subscriptions/{parts[1]}"
            : null;
    }
}
