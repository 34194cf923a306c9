using System.Collections.Immutable;
using MlPlatform.Components;
using MlPlatform.Components.Azure;
using MlPlatform.Components.Kubernetes;
using MlPlatform.Infra.Kubernetes;
using MlPlatform.Stacks.Config;
using Pulumi;

namespace MlPlatform.Infra.Azure;

/// <summary>
/// The platform on Azure (<c>mlplatform:cloud: azure</c>): the AKS cluster, one <see cref="GpuNodePool"/> per configured
/// pool, the dataset store and cache, ACR, the model store with serving and training identities (with
/// <c>mlplatform:network.privateEndpoints</c>, all three behind private endpoints and shared private DNS zones), the scheduler's and
/// each team's workload identity, the scheduler's PostgreSQL Flexible Server (<c>stateStore: postgres</c>), and budgets for the environment and each team with a budget. Composed from the same
/// typed config as AWS; Azure-only rules are checked with the config (<see cref="AzureConfigRules"/>).
/// </summary>
public static class AzurePlatform
{
    public static CloudPlatformOutputs Deploy(PlatformContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var config = context.Config;
        var prefix = config.NamePrefix;
        var seed = $"{config.Region}/{config.Cluster.Name}";

        var cluster = new GpuCluster("cluster", new GpuClusterArgs
        {
            ClusterName = config.Cluster.Name,
            Location = config.Region,
            Tags = config.Tags,
            ResourceGroupName = AzureNaming.For(AzureResourceKind.ResourceGroup, prefix, "rg"),
            KubernetesVersion = config.Cluster.KubernetesVersion,
            NetworkCidr = config.Cluster.NetworkCidr,
            AvailabilityZoneCount = config.Cluster.AvailabilityZones,
            PrivateApiServer = config.Cluster.PrivateEndpoint,
            AdminGroupObjectIds = config.Cluster.AdminPrincipals,
            MonitoringEnabled = config.Cluster.MonitoringEnabled,
            SystemVmSize = config.Cluster.SystemPool.InstanceType,
            SystemMinCount = config.Cluster.SystemPool.MinNodes,
            SystemMaxCount = config.Cluster.SystemPool.MaxNodes,
            StandardTier = config.IsProduction,
            DatabaseSubnet = SchedulerDatabaseSpecOf(config) is not null,
        });

        // Zones are per stack, shared by every endpoint of a group; none at all when the stack stays public (dev).
        var endpoints = PrivateEndpointPlan.For(config.Network.PrivateEndpoints, config.DatasetCache.Enabled);
        var zones = endpoints.Enabled
            ? new PrivateDnsZones("private-dns", new PrivateDnsZonesArgs
            {
                Prefix = prefix,
                ResourceGroupName = cluster.ResourceGroupName,
                VnetId = cluster.VnetId,
                Tags = config.Tags,
                GroupIds = endpoints.GroupIds,
            })
            : null;
        PrivateAccess? Access(string resource) => zones is not null && endpoints.Covers(resource) ? zones.Access(cluster.EndpointSubnetId) : null;

        var cacheMountPath = config.DatasetCache.Enabled ? config.DatasetCache.MountPath : null;
        var pools = config.GpuPools.Select((spec, i) => new GpuNodePool($"gpu-{spec.Name}", new GpuNodePoolArgs
        {
            Spec = spec,
            SpecPath = $"mlplatform:gpuPools[{i}]",
            Region = config.Region,
            Catalog = context.Prices,
            Tags = config.Tags,
            ClusterName = cluster.ClusterName,
            ResourceGroupName = cluster.ResourceGroupName,
            SubnetId = cluster.NodeSubnetId,
            KubernetesVersion = config.Cluster.KubernetesVersion,
            DatasetCacheMountPath = cacheMountPath,
        })).ToList();

        DatasetCache? cache = null;
        if (config.DatasetCache.Enabled)
        {
            cache = new DatasetCache("datasets", new DatasetCacheArgs
            {
                Prefix = prefix,
                NameSeed = seed,
                ResourceGroupName = cluster.ResourceGroupName,
                Location = config.Region,
                Tags = config.Tags,
                OidcIssuer = cluster.OidcIssuer,
                MountPath = config.DatasetCache.MountPath,
                MaxSizeGiB = config.DatasetCache.MaxSizeGiB,
                ZoneRedundant = config.IsProduction,
                PrivateAccess = Access(PrivateEndpointPlan.DatasetStore),
            });
        }

        // ACR images are scanned by Microsoft Defender for Containers, a plan enabled on the subscription.
        _ = new Pulumi.AzureNative.Security.Pricing("defender-containers", new Pulumi.AzureNative.Security.PricingArgs
        {
            PricingName = "Containers",
            PricingTier = Pulumi.AzureNative.Security.PricingTier.Standard,
            ScopeId = cluster.BudgetScope,
        });

        var registry = new ContainerRegistry("registry", new ContainerRegistryArgs
        {
            Prefix = prefix,
            NameSeed = seed,
            ResourceGroupName = cluster.ResourceGroupName,
            Location = config.Region,
            Tags = config.Tags,
            KubeletObjectId = cluster.KubeletObjectId,
            Premium = config.Registry.Sku == RegistrySku.Premium,
            PrivateAccess = Access(PrivateEndpointPlan.Registry),
            UntaggedRetentionDays = config.Registry.UntaggedExpiryDays,
            Repositories = config.Registry.Repositories,
        });

        var accounts = WorkloadAccounts.For(config.Teams.Select(t => t.Name));
        var models = new ModelStore("models", new ModelStoreArgs
        {
            Prefix = prefix,
            NameSeed = seed,
            ResourceGroupName = cluster.ResourceGroupName,
            Location = config.Region,
            Tags = config.Tags,
            OidcIssuer = cluster.OidcIssuer,
            ReaderServiceAccounts = accounts.ModelReaders,
            WriterServiceAccounts = accounts.ModelWriters,
            NoncurrentVersionExpiryDays = config.ModelStore.NoncurrentVersionExpiryDays,
            SoftDeleteDays = config.ModelStore.SoftDeleteDays,
            ZoneRedundant = config.IsProduction,
            PrivateAccess = Access(PrivateEndpointPlan.ModelStore),
        });

        var costGroups = ImmutableArray.Create(AzureNaming.For(AzureResourceKind.ResourceGroup, prefix, "rg"), cluster.NodeResourceGroupName);
        var budgets = new List<BudgetAlarm>
        {
            new("budget", new BudgetAlarmArgs
            {
                BudgetName = prefix,
                AmountUsd = config.Budget.MonthlyLimitUsd,
                Scope = cluster.BudgetScope,
                CostResourceGroups = costGroups,
                ResourceGroupName = cluster.ResourceGroupName,
                Tags = config.Tags,
                ContactEmails = config.Budget.Recipients,
                ActualThresholds = config.Budget.ActualThresholds,
                ForecastThresholds = config.Budget.ForecastThresholds,
            }),
        };
        foreach (var team in config.Teams.Where(t => t.MonthlyBudgetUsd > 0))
        {
            budgets.Add(new BudgetAlarm($"budget-team-{team.Name}", new BudgetAlarmArgs
            {
                BudgetName = $"{prefix}-team-{team.Name}",
                AmountUsd = team.MonthlyBudgetUsd!.Value,
                Scope = cluster.BudgetScope,
                CostResourceGroups = costGroups,
                ResourceGroupName = cluster.ResourceGroupName,
                Tags = config.Tags,
                Team = team.Name,
                ContactEmails = TeamRecipients(config, team),
                ActualThresholds = config.Budget.ActualThresholds,
                ForecastThresholds = config.Budget.ForecastThresholds,
            }));
        }

        var identities = CreateIdentities(config, cluster, accounts, models, cache);
        var database = SchedulerDatabase(config, cluster, seed);

        // The cluster's one Kubernetes provider: the GPU add-ons below and the whole Kubernetes layer use it.
        var kubernetes = ClusterProvider.Create(cluster.Kubeconfig, cluster);

        // AKS runs the cluster autoscaler itself (it reads the priority ConfigMap); spot nodes carry AKS's spot taint,
        // which the device plugin must tolerate or spot GPUs are never advertised.
        _ = new GpuAddons("gpu", new GpuAddonsArgs
        {
            Provider = kubernetes,
            Pools = config.GpuPools,
            PriorityExpanderEntries = [.. pools.SelectMany(p => p.Plan.ExpanderEntries)],
            DevicePluginImage = config.Cluster.AddonImages.NvidiaDevicePlugin ?? NvidiaDevicePluginManifests.DefaultImage,
            AdjustNodeAgent = AksManifests.TolerateSpot,
            FormerlyAtStackRoot = true,
        });

        return new CloudPlatformOutputs(
            cluster.ClusterName,
            cluster.Endpoint,
            cluster.Kubeconfig,
            kubernetes,
            cluster.OidcIssuer,
            registry.RepositoryUrls,
            models.StoreUri,
            cache?.StoreUri ?? Output.Create(string.Empty),
            Output.All(budgets.Select(b => b.BudgetId)),
            identities,
            database is null ? null : new ManagedDatabaseOutputs(database.Host, database.Endpoint, PostgresDatabaseName, PostgresUser, database.Password),
            config.DatasetCache.Enabled ? WarmerNodePreparation(config.DatasetCache) : null);
    }

    /// <summary>
    /// The warmer's DaemonSet spec on AKS, which has no node user data: its first init container stripes the local NVMe
    /// drives and mounts them at the cache path (<see cref="CacheDiskPreparation"/>).
    /// </summary>
    public static Func<ImmutableDictionary<string, object>, ImmutableDictionary<string, object>> WarmerNodePreparation(DatasetCacheSpec cache)
    {
        ArgumentNullException.ThrowIfNull(cache);
        var image = cache.PrepareImage
            ?? throw new InvalidOperationException("mlplatform:datasetCache.prepareImage is required on azure with the dataset cache enabled");
        return spec => CacheDiskPreparation.AddTo(spec, image, cache.MountPath);
    }

    public const string PostgresDatabaseName = "scheduler";

    public const string PostgresUser = "scheduler";

    private static SchedulerDatabaseSpec? SchedulerDatabaseSpecOf(PlatformConfig config) =>
        config.Services.Scheduler.StateStore == SchedulerStateStore.Postgres ? config.Services.Scheduler.Database : null;

    /// <summary>
    /// The scheduler's PostgreSQL Flexible Server with <c>stateStore: postgres</c> (none with SQLite): private access
    /// through the cluster's delegated subnet and a private DNS zone linked to its VNet, so only the VNet reaches it.
    /// </summary>
    private static PostgresFlexibleServer? SchedulerDatabase(PlatformConfig config, GpuCluster cluster, string seed)
    {
        if (SchedulerDatabaseSpecOf(config) is not { } spec)
        {
            return null;
        }

        return new PostgresFlexibleServer("scheduler-db", new PostgresFlexibleServerArgs
        {
            Prefix = config.NamePrefix,
            NameSeed = seed,
            Tags = config.Tags,
            Purpose = "scheduler",
            SpecPath = "mlplatform:services.scheduler.database",
            ResourceGroupName = cluster.ResourceGroupName,
            Location = config.Region,
            VnetId = cluster.VnetId,
            DelegatedSubnetId = cluster.DatabaseSubnetId,
            SkuName = spec.InstanceClass,
            StorageGiB = spec.StorageGiB,
            HighAvailability = spec.HighAvailability,
            BackupRetentionDays = spec.BackupRetentionDays,
            GeoRedundantBackup = spec.GeoRedundantBackup,
            EngineVersion = spec.EngineVersion,
            DeletionProtection = spec.DeletionProtection,
            DatabaseName = PostgresDatabaseName,
            AdministratorLogin = PostgresUser,
        });
    }

    /// <summary>
    /// The workload identities as user-assigned managed identities, each federated with its <see cref="WorkloadAccounts"/>:
    /// the scheduler and each team's workload account here; serving and training are the model store's own
    /// (<see cref="ModelStore"/>), the dataset warmer's the dataset store's (<see cref="DatasetCache"/>; none without the cache).
    /// </summary>
    private static WorkloadIdentities CreateIdentities(PlatformConfig config, GpuCluster cluster, WorkloadAccounts accounts, ModelStore models, DatasetCache? cache)
    {
        WorkloadIdentity Identity(string name, string identityName, ServiceAccountRef account, string? team = null) =>
            new(name, new WorkloadIdentityArgs
            {
                IdentityName = identityName,
                ResourceGroupName = cluster.ResourceGroupName,
                Location = config.Region,
                Tags = config.Tags,
                Team = team,
                OidcIssuer = cluster.OidcIssuer,
                ServiceAccounts = [account],
            });

        var prefix = config.NamePrefix;
        var scheduler = Identity("scheduler-identity", AzureNaming.For(AzureResourceKind.UserAssignedIdentity, prefix, "scheduler"), accounts.Scheduler);
        var teams = config.Teams.ToImmutableDictionary(
            t => t.Name,
            t => Identity($"team-{t.Name}-identity", AzureNaming.For(AzureResourceKind.UserAssignedIdentity, prefix, "team", t.Name), accounts.Teams[t.Name], t.Name).ClientId);
        return new WorkloadIdentities(
            scheduler.ClientId,
            models.ReaderClientId,
            models.WriterClientId,
            cache?.ReaderClientId ?? Output.Create(string.Empty),
            teams);
    }

    /// <summary>A team budget notifies the team's recipients, or the environment's when the team lists none.</summary>
    public static ImmutableArray<string> TeamRecipients(PlatformConfig config, TeamSpec team)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(team);
        return team.Recipients.IsDefaultOrEmpty ? (config.Budget.Recipients.IsDefault ? [] : config.Budget.Recipients) : team.Recipients;
    }
}
