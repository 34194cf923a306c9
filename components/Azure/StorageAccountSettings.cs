namespace MlPlatform.Components.Azure;

/// <summary>The hardening every platform storage account gets, in one place so the model store and the dataset store cannot drift.</summary>
/// <param name="SoftDeleteDays">Deleted blobs and containers stay recoverable this long.</param>
/// <param name="Versioning">Blob versioning (every overwrite keeps the previous version).</param>
/// <param name="ZoneRedundant">Standard_ZRS rather than Standard_LRS.</param>
/// <param name="PrivateNetwork">Public network access disabled and the network rule set denying by default (the account is reached through a private endpoint).</param>
public sealed record StorageAccountSettings(int SoftDeleteDays, bool Versioning, bool ZoneRedundant, bool PrivateNetwork = false)
{
    /// <summary>Only HTTPS.</summary>
    public const bool HttpsOnly = true;

    /// <summary>TLS 1.2 at least.</summary>
    public const string MinimumTlsVersion = "TLS1_2";

    /// <summary>No anonymous (public) blob access, ever.</summary>
    public const bool AllowBlobPublicAccess = false;

    /// <summary>Account keys and SAS off: access only with Entra ID identities and Azure RBAC.</summary>
    public const bool AllowSharedKeyAccess = false;

    /// <summary>The storage SKU.</summary>
    public string SkuName => ZoneRedundant ? "Standard_ZRS" : "Standard_LRS";
}
