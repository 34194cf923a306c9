using System.Collections.Immutable;
using Pulumi;
using Pulumi.AzureNative.Storage;
using Pulumi.AzureNative.Storage.Inputs;

namespace MlPlatform.Components.Azure;

/// <summary>
/// Model registry storage: a storage account that takes HTTPS only with TLS 1.2 at least, allows no public blob access
/// and no shared keys (Entra ID only), with blob versioning, soft delete and a lifecycle policy that expires superseded
/// versions; a private <c>models</c> container laid out as on AWS (<c>models/&lt;name&gt;/&lt;version&gt;/…</c>,
/// <c>aliases/&lt;name&gt;/&lt;alias&gt;</c>); and two workload identities: serving (Storage Blob Data Reader) and
/// training (Storage Blob Data Contributor), each trusting its service accounts through federated credentials. Given a
/// <see cref="PrivateAccess"/>, the account is reachable only through a <c>blob</c> private endpoint in the cluster VNet.
/// </summary>
public sealed class ModelStore : ComponentResource
{
    public const string TypeToken = "mlplatform:azure:ModelStore";

    public ModelStore(string name, ModelStoreArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        InvalidSpecException.ThrowIfAny(Validate(args));
        var tags = args.Tags.For();
        var accountName = AzureNaming.Global(AzureResourceKind.StorageAccount, args.Prefix, "models", args.NameSeed);
        var account = SecureStorage.Create(name, accountName, args.ResourceGroupName, args.Location, new StorageAccountSettings(args.SoftDeleteDays, Versioning: true, args.ZoneRedundant, args.PrivateAccess is not null), tags, this);
        var container = SecureStorage.Container(name, account, args.ResourceGroupName, args.ContainerName, this);
        if (args.PrivateAccess is { } access)
        {
            _ = SecureStorage.BlobEndpoint(name, args.Prefix, PrivateEndpointPlan.ModelStore, account, access, args.ResourceGroupName, args.Location, args.Tags, this);
        }


        var rules = new InputList<ManagementPolicyRuleArgs>();
        foreach (var rule in BlobLifecycleRule.ForModelStore(args.ContainerName, args.NoncurrentVersionExpiryDays, args.CoolAfterDays))
        {
            rules.Add(ToArgs(rule));
        }

        _ = new ManagementPolicy($"{name}-lifecycle", new ManagementPolicyArgs
        {
            AccountName = account.Name,
            ResourceGroupName = args.ResourceGroupName,
            ManagementPolicyName = "default",
            Policy = new ManagementPolicySchemaArgs { Rules = rules },
        }, new CustomResourceOptions { Parent = this });

        var reader = new WorkloadIdentity($"{name}-reader", new WorkloadIdentityArgs
        {
            IdentityName = AzureNaming.For(AzureResourceKind.UserAssignedIdentity, args.Prefix, "model-reader"),
            ResourceGroupName = args.ResourceGroupName,
            Location = args.Location,
            Tags = args.Tags,
            OidcIssuer = args.OidcIssuer,
            ServiceAccounts = args.ReaderServiceAccounts,
            Roles = [new RoleGrant("blob-reader", container.Id, RoleDefinitions.StorageBlobDataReader)],
        }, new ComponentResourceOptions { Parent = this });

        var writer = new WorkloadIdentity($"{name}-writer", new WorkloadIdentityArgs
        {
            IdentityName = AzureNaming.For(AzureResourceKind.UserAssignedIdentity, args.Prefix, "model-writer"),
            ResourceGroupName = args.ResourceGroupName,
            Location = args.Location,
            Tags = args.Tags,
            OidcIssuer = args.OidcIssuer,
            ServiceAccounts = args.WriterServiceAccounts,
            Roles = [new RoleGrant("blob-contributor", container.Id, RoleDefinitions.StorageBlobDataContributor)],
        }, new ComponentResourceOptions { Parent = this });

        AccountName = Output.Create(accountName);
        ContainerName = container.Name;
        StoreUri = Output.Create(SecureStorage.ContainerUri(accountName, args.ContainerName));
        ReaderClientId = reader.ClientId;
        WriterClientId = writer.ClientId;
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["accountName"] = AccountName,
            ["containerName"] = ContainerName,
            ["storeUri"] = StoreUri,
            ["readerClientId"] = ReaderClientId,
            ["writerClientId"] = WriterClientId,
        });
    }

    [Output("accountName")]
    public Output<string> AccountName { get; private set; }

    [Output("containerName")]
    public Output<string> ContainerName { get; private set; }

    /// <summary><c>https://&lt;account&gt;.blob.core.windows.net/models</c>.</summary>
    [Output("storeUri")]
    public Output<string> StoreUri { get; private set; }

    /// <summary>Client ID of the serving (read-only) identity.</summary>
    [Output("readerClientId")]
    public Output<string> ReaderClientId { get; private set; }

    /// <summary>Client ID of the training (read-write) identity.</summary>
    [Output("writerClientId")]
    public Output<string> WriterClientId { get; private set; }

    /// <summary>Every problem of <paramref name="args"/>.</summary>
    public static IReadOnlyList<SpecError> Validate(ModelStoreArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = new List<SpecError>();
        if (args.NoncurrentVersionExpiryDays is < 1 or > 3650)
        {
            errors.Add(new SpecError("modelStore.noncurrentVersionExpiryDays", $"must be between 1 and 3650 (got {args.NoncurrentVersionExpiryDays})"));
        }

        if (args.SoftDeleteDays is < 1 or > 365)
        {
            errors.Add(new SpecError("modelStore.softDeleteDays", $"must be between 1 and 365, Azure's soft delete range (got {args.SoftDeleteDays})"));
        }

        if (args.CoolAfterDays < 1)
        {
            errors.Add(new SpecError("modelStore.coolAfterDays", $"must be >= 1 (got {args.CoolAfterDays})"));
        }

        if (AzureNaming.Validate(AzureResourceKind.BlobContainer, args.ContainerName ?? string.Empty, "modelStore.containerName") is { } container)
        {
            errors.Add(container);
        }

        if (args.ReaderServiceAccounts.IsDefaultOrEmpty)
        {
            errors.Add(new SpecError("modelStore.readerServiceAccounts", "must list at least one serving service account"));
        }

        if (args.WriterServiceAccounts.IsDefaultOrEmpty)
        {
            errors.Add(new SpecError("modelStore.writerServiceAccounts", "must list at least one training service account"));
        }

        if (args.PrivateAccess?.MissingZone(PrivateLinkGroups.Blob, "modelStore.privateAccess") is { } zone)
        {
            errors.Add(zone);
        }

        return errors;
    }

    /// <summary>A lifecycle rule as management policy args: block blobs only, filtered by prefix.</summary>
    public static ManagementPolicyRuleArgs ToArgs(BlobLifecycleRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var actions = new ManagementPolicyActionArgs();
        if (rule.DeleteVersionsAfterDays is { } deleteAfter)
        {
            actions.Version = new ManagementPolicyVersionArgs { Delete = new DateAfterCreationArgs { DaysAfterCreationGreaterThan = deleteAfter } };
        }

        if (rule.CoolAfterDays is { } coolAfter)
        {
            actions.BaseBlob = new ManagementPolicyBaseBlobArgs { TierToCool = new DateAfterModificationArgs { DaysAfterModificationGreaterThan = coolAfter } };
        }

        return new ManagementPolicyRuleArgs
        {
            Name = rule.Name,
            Enabled = true,
            Type = RuleType.Lifecycle,
            Definition = new ManagementPolicyDefinitionArgs
            {
                Actions = actions,
                Filters = new ManagementPolicyFilterArgs { BlobTypes = { "blockBlob" }, PrefixMatch = rule.PrefixMatch },
            },
        };
    }
}
