using Pulumi;
using Pulumi.AzureNative.Storage;
using Pulumi.AzureNative.Storage.Inputs;

namespace MlPlatform.Components.Azure;

/// <summary>Creates a storage account with <see cref="StorageAccountSettings"/> and its blob service settings, under a component.</summary>
internal static class SecureStorage
{
    public static StorageAccount Create(string name, string accountName, Input<string> resourceGroupName, string location, StorageAccountSettings settings, IDictionary<string, string> tags, Resource parent)
    {
        var accountArgs = new StorageAccountArgs
        {
            AccountName = accountName,
            ResourceGroupName = resourceGroupName,
            Location = location,
            Kind = Kind.StorageV2,
            Sku = new SkuArgs { Name = settings.ZoneRedundant ? SkuName.Standard_ZRS : SkuName.Standard_LRS },
            EnableHttpsTrafficOnly = StorageAccountSettings.HttpsOnly,
            MinimumTlsVersion = MinimumTlsVersion.TLS1_2,
            AllowBlobPublicAccess = StorageAccountSettings.AllowBlobPublicAccess,
            AllowSharedKeyAccess = StorageAccountSettings.AllowSharedKeyAccess,
            DefaultToOAuthAuthentication = true,
            AllowCrossTenantReplication = false,
            Tags = tags.ToDictionary(),
        };
        if (settings.PrivateNetwork)
        {
            accountArgs.PublicNetworkAccess = PublicNetworkAccess.Disabled;
            // Deny is what applies should public access ever be re-enabled; trusted Azure services (logging, metrics,
            // Defender) keep their access.
            accountArgs.NetworkRuleSet = new NetworkRuleSetArgs { DefaultAction = DefaultAction.Deny, Bypass = Bypass.AzureServices };
        }

        var account = new StorageAccount($"{name}-account", accountArgs, new CustomResourceOptions { Parent = parent });

        _ = new BlobServiceProperties($"{name}-blob-service", new BlobServicePropertiesArgs
        {
            AccountName = account.Name,
            ResourceGroupName = resourceGroupName,
            BlobServicesName = "default",
            IsVersioningEnabled = settings.Versioning,
            DeleteRetentionPolicy = new DeleteRetentionPolicyArgs { Enabled = true, Days = settings.SoftDeleteDays },
            ContainerDeleteRetentionPolicy = new DeleteRetentionPolicyArgs { Enabled = true, Days = settings.SoftDeleteDays },
        }, new CustomResourceOptions { Parent = parent });
        return account;
    }

    /// <summary>
    /// The account's <c>blob</c> private endpoint (<c>&lt;prefix&gt;-&lt;target&gt;-pe</c>) through <paramref name="access"/>,
    /// as the child <c>&lt;name&gt;-pe</c> of <paramref name="parent"/>.
    /// </summary>
    public static PrivateLinkEndpoint BlobEndpoint(string name, string prefix, string target, StorageAccount account, PrivateAccess access, Input<string> resourceGroupName, string location, CommonTags tags, Resource parent) =>
        new($"{name}-pe", new PrivateLinkEndpointArgs
        {
            EndpointName = PrivateLinkEndpoint.NameFor(prefix, target),
            TargetResourceId = account.Id,
            GroupId = PrivateLinkGroups.Blob,
            SubnetId = access.SubnetId,
            DnsZoneId = access.DnsZoneIds[PrivateLinkGroups.Blob],
            ResourceGroupName = resourceGroupName,
            Location = location,
            Tags = tags,
        }, new ComponentResourceOptions { Parent = parent });

    /// <summary>A private container (no public access).</summary>
    public static BlobContainer Container(string name, StorageAccount account, Input<string> resourceGroupName, string containerName, Resource parent) =>
        new($"{name}-{containerName}", new BlobContainerArgs
        {
            AccountName = account.Name,
            ResourceGroupName = resourceGroupName,
            ContainerName = containerName,
            PublicAccess = PublicAccess.None,
        }, new CustomResourceOptions { Parent = parent });

    /// <summary>
    /// <c>https://&lt;account&gt;.blob.core.windows.net/&lt;container&gt;</c>: account names are chosen here, so the URI is
    /// known before the account exists (a preview shows it).
    /// </summary>
    public static string ContainerUri(string accountName, string containerName) =>
        $"https://{accountName}.blob.core.windows.net/{containerName}";
}
