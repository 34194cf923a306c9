using Pulumi;

namespace MlPlatform.Components.Azure;

/// <summary>
/// The dataset side of the NVMe cache on Azure: a hardened storage account with a private <c>datasets</c> container for
/// content-addressed dataset versions (a manifest lists the object digests), the warmer's workload identity with read
/// access, and the cache's place on the nodes (local NVMe striped by <see cref="CacheDiskPreparation"/> on L-/ND-series
/// and NC A100/H100 sizes, the temporary disk under <c>/mnt</c> elsewhere). The warmer DaemonSet is the same program
/// and manifest as on AWS, deployed by the Kubernetes layer with the Azure Blob back-end (<see cref="StoreUri"/>) and
/// <see cref="ReaderClientId"/> on its service account. Given a <see cref="PrivateAccess"/>, the account is reachable only
/// through a <c>blob</c> private endpoint in the cluster VNet.
/// </summary>
public sealed class DatasetCache : ComponentResource
{
    public const string TypeToken = "mlplatform:azure:DatasetCache";

    public DatasetCache(string name, DatasetCacheArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        InvalidSpecException.ThrowIfAny(Validate(args));
        var accountName = AzureNaming.Global(AzureResourceKind.StorageAccount, args.Prefix, "datasets", args.NameSeed);
        // Dataset objects are content-addressed and never overwritten, so versioning would only add cost.
        var account = SecureStorage.Create(name, accountName, args.ResourceGroupName, args.Location, new StorageAccountSettings(args.SoftDeleteDays, Versioning: false, args.ZoneRedundant, args.PrivateAccess is not null), args.Tags.For(), this);
        var container = SecureStorage.Container(name, account, args.ResourceGroupName, args.ContainerName, this);
        if (args.PrivateAccess is { } access)
        {
            _ = SecureStorage.BlobEndpoint(name, args.Prefix, PrivateEndpointPlan.DatasetStore, account, access, args.ResourceGroupName, args.Location, args.Tags, this);
        }

        var reader = new WorkloadIdentity($"{name}-warmer", new WorkloadIdentityArgs
        {
            IdentityName = AzureNaming.For(AzureResourceKind.UserAssignedIdentity, args.Prefix, "dataset-reader"),
            ResourceGroupName = args.ResourceGroupName,
            Location = args.Location,
            Tags = args.Tags,
            OidcIssuer = args.OidcIssuer,
            ServiceAccounts = [args.WarmerServiceAccount],
            Roles = [new RoleGrant("blob-reader", container.Id, RoleDefinitions.StorageBlobDataReader)],
        }, new ComponentResourceOptions { Parent = this });

        AccountName = Output.Create(accountName);
        ContainerName = container.Name;
        StoreUri = Output.Create(SecureStorage.ContainerUri(accountName, args.ContainerName));
        ReaderClientId = reader.ClientId;
        MountPath = Output.Create(args.MountPath);
        MaxSizeGiB = Output.Create(args.MaxSizeGiB);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["accountName"] = AccountName,
            ["containerName"] = ContainerName,
            ["storeUri"] = StoreUri,
            ["readerClientId"] = ReaderClientId,
            ["mountPath"] = MountPath,
            ["maxSizeGiB"] = MaxSizeGiB,
        });
    }

    [Output("accountName")]
    public Output<string> AccountName { get; private set; }

    [Output("containerName")]
    public Output<string> ContainerName { get; private set; }

    /// <summary><c>https://&lt;account&gt;.blob.core.windows.net/datasets</c>: the warmer's Azure Blob back-end.</summary>
    [Output("storeUri")]
    public Output<string> StoreUri { get; private set; }

    /// <summary>Client ID of the warmer's identity (read-only).</summary>
    [Output("readerClientId")]
    public Output<string> ReaderClientId { get; private set; }

    [Output("mountPath")]
    public Output<string> MountPath { get; private set; }

    [Output("maxSizeGiB")]
    public Output<int> MaxSizeGiB { get; private set; }

    /// <summary>Every problem of <paramref name="args"/>.</summary>
    public static IReadOnlyList<SpecError> Validate(DatasetCacheArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = new List<SpecError>();
        if (!CacheDisks.MountPathFits(CacheDiskKind.TempDisk, args.MountPath ?? string.Empty))
        {
            errors.Add(new SpecError("datasetCache.mountPath", $"must be under {CacheDisks.TempDiskMount}/ on Azure, where AKS mounts the temporary disk, so the cache never fills the OS disk (got '{args.MountPath}')"));
        }
        else
        {
            try
            {
                _ = CacheDiskPreparation.NvmeScript(args.MountPath!);
            }
            catch (ArgumentException e)
            {
                errors.Add(new SpecError("datasetCache.mountPath", e.Message));
            }
        }

        if (args.MaxSizeGiB < 10)
        {
            errors.Add(new SpecError("datasetCache.maxSizeGiB", $"must be >= 10 (got {args.MaxSizeGiB})"));
        }

        if (args.SoftDeleteDays is < 1 or > 365)
        {
            errors.Add(new SpecError("datasetCache.softDeleteDays", $"must be between 1 and 365 (got {args.SoftDeleteDays})"));
        }

        if (AzureNaming.Validate(AzureResourceKind.BlobContainer, args.ContainerName ?? string.Empty, "datasetCache.containerName") is { } container)
        {
            errors.Add(container);
        }

        if (args.PrivateAccess?.MissingZone(PrivateLinkGroups.Blob, "datasetCache.privateAccess") is { } zone)
        {
            errors.Add(zone);
        }

        return errors;
    }
}
