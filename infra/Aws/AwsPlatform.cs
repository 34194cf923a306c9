using System.Collections.Immutable;
using MlPlatform.Components;
using MlPlatform.Components.Aws;
using MlPlatform.Components.Kubernetes;
using MlPlatform.Infra.Kubernetes;
using MlPlatform.Stacks.Config;
using Pulumi;

namespace MlPlatform.Infra.Aws;

/// <summary>
/// The AWS side of the platform, composed from <see cref="PlatformConfig"/> when <c>mlplatform:cloud</c> is <c>aws</c>:
/// the EKS cluster, one spot-first GPU pool per <c>gpuPools</c> entry (and, under Karpenter, its controller), the dataset
/// store and cache, ECR, the model store, the workload identities (EKS Pod Identity) and the budgets.
/// </summary>
public static class AwsPlatform
{
    /// <summary>The service account cluster-autoscaler runs as (its Pod Identity association).</summary>
    public static ServiceAccountRef ClusterAutoscalerServiceAccount { get; } = new("kube-system", "cluster-autoscaler");

    /// <summary>Declares the AWS platform and returns what the rest of the program needs.</summary>
    public static CloudPlatformOutputs Deploy(PlatformContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var config = context.Config;
        var tags = config.Tags;
        var cluster = new GpuCluster("cluster", new GpuClusterArgs
        {
            ClusterName = config.Cluster.Name,
            Region = config.Region,
            Tags = tags,
            KubernetesVersion = config.Cluster.KubernetesVersion,
            NetworkCidr = config.Cluster.NetworkCidr,
            AvailabilityZoneCount = config.Cluster.AvailabilityZones,
            AvailabilityZones = config.Cluster.Zones.IsDefault ? [] : config.Cluster.Zones,
            PrivateEndpoint = config.Cluster.PrivateEndpoint,
            AdminPrincipalArns = config.Cluster.AdminPrincipals.IsDefault ? [] : config.Cluster.AdminPrincipals,
            ControlPlaneLogTypes = config.Cluster.MonitoringEnabled ? GpuClusterArgs.AllControlPlaneLogTypes : [],
            // A NAT gateway per zone survives a zone outage; dev and test share one.
            NatGatewayPerZone = config.IsProduction,
            SystemPool = new SystemNodePoolArgs(config.Cluster.SystemPool.InstanceType, config.Cluster.SystemPool.MinNodes, config.Cluster.SystemPool.MaxNodes),
        });

        var cacheMount = config.DatasetCache.Enabled ? config.DatasetCache.MountPath : null;
        var provisioning = config.Cluster.Provisioner == NodeProvisioner.Karpenter ? GpuNodeProvisioning.Karpenter : GpuNodeProvisioning.ManagedNodeGroups;
        var pools = config.GpuPools.Select((spec, index) => new GpuNodePool($"pool-{spec.Name}", new GpuNodePoolArgs
        {
            Spec = spec,
            SpecPath = $"mlplatform:gpuPools[{index}]",
            ClusterName = config.Cluster.Name,
            Region = config.Region,
            Catalog = context.Prices,
            Tags = tags,
            ClusterNameOutput = cluster.ClusterName,
            NodeRoleArn = cluster.NodeRoleArn,
            NodeRoleName = cluster.NodeRolePhysicalName,
            SubnetIds = cluster.PrivateSubnetIds,
            NodeSecurityGroupId = cluster.NodeSecurityGroupId,
            ClusterSecurityGroupId = cluster.ClusterSecurityGroupId,
            Provisioning = provisioning,
            DatasetCacheMountPath = cacheMount,
        })).ToImmutableArray();

        var datasets = new DatasetCache("datasets", new DatasetCacheArgs
        {
            NamePrefix = config.NamePrefix,
            Tags = tags,
            MountPath = config.DatasetCache.MountPath,
            MaxSizeGiB = config.DatasetCache.MaxSizeGiB,
            Prefetch = [.. config.DatasetCache.Prefetch.Select(d => $"{d.Name}@{d.Version}")],
            ClusterName = cluster.ClusterName,
            WarmerImage = config.Services.DatasetWarmer.Image,
        });
        var registry = new ContainerRegistry("registry", new ContainerRegistryArgs
        {
            NamePrefix = config.NamePrefix,
            Tags = tags,
            Repositories = config.Registry.Repositories,
            UntaggedExpiryDays = config.Registry.UntaggedExpiryDays,
            KeepLastImages = config.Registry.KeepLastImages,
            PullPrincipalArns = new InputList<string> { cluster.NodeRoleArn },
        });
        var models = new ModelStore("models", new ModelStoreArgs
        {
            NamePrefix = config.NamePrefix,
            Tags = tags,
            NoncurrentVersionExpiryDays = config.ModelStore.NoncurrentVersionExpiryDays,
        });

        var identities = CreateIdentities(config, cluster, datasets, models);
        var priorities = pools.SelectMany(p => p.PriorityExpanderEntries).ToImmutableArray();
        if (!priorities.IsEmpty)
        {
            // cluster-autoscaler (kube-system/cluster-autoscaler) may scale only this cluster's node groups.
            var autoscalerPolicy = new Pulumi.Aws.Iam.Policy("cluster-autoscaler", new Pulumi.Aws.Iam.PolicyArgs
            {
                Description = $"cluster-autoscaler of {config.Cluster.Name}",
                PolicyDocument = IamPolicies.ClusterAutoscaler(config.Cluster.Name),
                Tags = AwsTags.For(tags, $"{config.Cluster.Name}-cluster-autoscaler"),
            });
            _ = new PodIdentityRole("identity-cluster-autoscaler", new PodIdentityRoleArgs
            {
                ClusterName = cluster.ClusterName,
                ServiceAccounts = [ClusterAutoscalerServiceAccount],
                PolicyArns = [autoscalerPolicy.Arn],
                Tags = tags,
                Description = "cluster-autoscaler (priority expander: spot before on-demand)",
            });
        }

        // The cluster's one Kubernetes provider: the GPU add-ons below and the whole Kubernetes layer use it.
        var kubernetes = ClusterProvider.Create(cluster.Kubeconfig, cluster);
        var accountId = cluster.ClusterRoleArn.Apply(IamPolicies.AccountOf);
        KarpenterController? karpenter = null;
        if (provisioning == GpuNodeProvisioning.Karpenter)
        {
            // Karpenter manages the GPU nodes only; it runs on, and never touches, the managed system node group.
            karpenter = new KarpenterController("karpenter", new KarpenterControllerArgs
            {
                ClusterName = config.Cluster.Name,
                ClusterNameOutput = cluster.ClusterName,
                Region = config.Region,
                AccountId = accountId,
                NodeRoleArn = cluster.NodeRoleArn,
                Provider = kubernetes,
                Tags = tags,
                Settings = KarpenterControllerSettings.Default with
                {
                    ChartVersion = config.Karpenter.ChartVersion ?? KarpenterControllerSettings.DefaultChartVersion,
                },
            }, new ComponentResourceOptions { DependsOn = { cluster } });
        }

        _ = new GpuAddons("gpu-addons", new GpuAddonsArgs
        {
            Provider = kubernetes,
            Pools = config.GpuPools,
            PriorityExpanderEntries = priorities,
            DevicePluginImage = config.Cluster.AddonImages.NvidiaDevicePlugin ?? NvidiaDevicePluginManifests.DefaultImage,
            Extensions =
            [
                new ClusterAutoscalerInstall(config.Cluster.Name, config.Region, config.Cluster.KubernetesVersion, config.Cluster.AddonImages.ClusterAutoscaler),
                new KarpenterNodeObjects([.. pools.SelectMany(p => p.Manifests)], karpenter?.Release),
            ],
        }, new ComponentResourceOptions
        {
            DependsOn = { cluster },
            Aliases = { new Alias { Type = GpuAddons.FormerAwsTypeToken } },
        });
        var budgets = new BudgetAlarm("budgets", new BudgetAlarmArgs
        {
            NamePrefix = config.NamePrefix,
            Environment = config.Environment,
            Tags = tags,
            AccountId = accountId,
            MonthlyLimitUsd = config.Budget.MonthlyLimitUsd,
            ActualThresholds = config.Budget.ActualThresholds,
            ForecastThresholds = config.Budget.ForecastThresholds,
            Recipients = config.Budget.Recipients,
            Teams = [.. config.Teams.Where(t => t.MonthlyBudgetUsd is not null).Select(t => new TeamBudget(t.Name, t.MonthlyBudgetUsd!.Value, t.Recipients))],
        });

        var database = SchedulerDatabase(config, cluster);
        return new CloudPlatformOutputs(
            cluster.ClusterName,
            cluster.Endpoint,
            cluster.Kubeconfig,
            kubernetes,
            cluster.OidcIssuer,
            registry.RepositoryUrls,
            models.Uri,
            datasets.Uri,
            budgets.BudgetIds,
            identities,
            database is null ? null : new ManagedDatabaseOutputs(database.Address, database.Endpoint, PostgresDatabaseName, PostgresUser, database.Password));
    }

    public const string PostgresDatabaseName = "scheduler";

    public const string PostgresUser = "scheduler";

    /// <summary>
    /// The scheduler's RDS for PostgreSQL with <c>stateStore: postgres</c> (none with SQLite): in the cluster's private
    /// subnets, reachable on 5432 from the node and cluster security groups only (pods use their node's ENIs).
    /// </summary>
    private static PostgresDatabase? SchedulerDatabase(PlatformConfig config, GpuCluster cluster)
    {
        var spec = config.Services.Scheduler.Database;
        if (config.Services.Scheduler.StateStore != SchedulerStateStore.Postgres || spec is null)
        {
            return null;
        }

        return new PostgresDatabase("scheduler-db", new PostgresDatabaseArgs
        {
            NamePrefix = config.NamePrefix,
            Tags = config.Tags,
            Purpose = "scheduler",
            SpecPath = "mlplatform:services.scheduler.database",
            VpcId = cluster.VpcId,
            SubnetIds = cluster.PrivateSubnetIds,
            ClientSecurityGroupIds = [cluster.NodeSecurityGroupId, cluster.ClusterSecurityGroupId],
            InstanceClass = spec.InstanceClass,
            StorageGiB = spec.StorageGiB,
            MultiAz = spec.HighAvailability,
            BackupRetentionDays = spec.BackupRetentionDays,
            EngineVersion = spec.EngineVersion,
            DeletionProtection = spec.DeletionProtection,
            DatabaseName = PostgresDatabaseName,
            Username = PostgresUser,
        });
    }

    /// <summary>
    /// The workload identities as IAM roles, each bound to its <see cref="WorkloadAccounts"/> through EKS Pod Identity:
    /// the scheduler; serving reads models; training writes models and reads datasets; each team's workload account reads
    /// datasets and models; the dataset warmer's role is the dataset store's own (<see cref="DatasetCache"/>).
    /// </summary>
    private static WorkloadIdentities CreateIdentities(PlatformConfig config, GpuCluster cluster, DatasetCache datasets, ModelStore models)
    {
        var accounts = WorkloadAccounts.For(config.Teams.Select(t => t.Name));
        PodIdentityRole Role(string name, string description, IEnumerable<ServiceAccountRef> bound, ImmutableArray<Input<string>> policies, string? team = null) =>
            new(name, new PodIdentityRoleArgs
            {
                ClusterName = cluster.ClusterName,
                ServiceAccounts = [.. bound],
                PolicyArns = policies,
                Tags = config.Tags,
                Team = team,
                Description = description,
            });

        var scheduler = Role("identity-scheduler", "GPU job scheduler", [accounts.Scheduler], []);
        var reader = Role("identity-model-reader", "Serving: reads the model store", accounts.ModelReaders, [models.ReadOnlyPolicyArn]);
        var writer = Role("identity-model-writer", "Training: writes the model store, reads datasets", accounts.ModelWriters, [models.ReadWritePolicyArn, datasets.ReaderPolicyArn]);
        var teamRoles = config.Teams.ToImmutableDictionary(
            t => t.Name,
            t => Role(
                $"identity-team-{t.Name}",
                $"Team {t.Name}: reads datasets and models",
                [accounts.Teams[t.Name]],
                [datasets.ReaderPolicyArn, models.ReadOnlyPolicyArn],
                t.Name).RoleArn);
        return new WorkloadIdentities(scheduler.RoleArn, reader.RoleArn, writer.RoleArn, datasets.ReaderRoleArn, teamRoles);
    }
}
