using System.Collections.Immutable;
using MlPlatform.Components;
using MlPlatform.Components.Kubernetes;
using MlPlatform.Components.Observability;
using MlPlatform.Scheduler.Configuration;
using MlPlatform.Scheduler.Core;
using MlPlatform.Stacks.Config;
using Pulumi;

namespace MlPlatform.Infra.Kubernetes;

/// <summary>
/// The Kubernetes layer on either cloud's cluster, through the cloud's provider (<see cref="CloudPlatformOutputs.KubernetesProvider"/>):
/// the cluster add-ons, one namespace per team, the scheduler, the dataset warmer, one inference service per deployed
/// model version and the model gateway, all from <see cref="PlatformConfig"/>.
/// </summary>
public static class KubernetesPlatform
{
    /// <summary>Namespace where the scheduler's Kubernetes executor runs Jobs.</summary>
    public const string JobsNamespace = "mlplatform-jobs";

    /// <summary>Declares the layer and returns what the stack outputs need.</summary>
    public static KubernetesPlatformOutputs Deploy(PlatformConfig config, CloudPlatformOutputs cloud)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(cloud);
        try
        {
            return Build(config, cloud, PricingTables.Load());
        }
        catch (InvalidSpecException e)
        {
            // Printed by Pulumi without a stack trace, every problem with its config path.
            throw new RunException(e.Message, e);
        }
    }

    /// <summary>Declares the layer with the given price tables.</summary>
    public static KubernetesPlatformOutputs Build(PlatformConfig config, CloudPlatformOutputs cloud, ImmutableDictionary<string, string> pricingTables)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(cloud);
        var provider = cloud.KubernetesProvider;
        var withProvider = new ComponentResourceOptions { Providers = { provider } };
        var version = config.Services.Scheduler.Version;

        // Installed first: the gateway, scalers and certificates below are objects of their CRDs or need their controllers.
        var addons = new ClusterAddons("addons", new ClusterAddonsArgs
        {
            Provider = provider,
            GatewayClassName = config.Ingress.GatewayClassName,
            Selection = AddonSelectionFor(config),
            Settings = AddonSettingsFor(config),
            ExternalPrometheusAddress = config.Addons.PrometheusAddress ?? ClusterAddonValues.PrometheusAddress(),
        });

        var teams = config.Teams.ToDictionary(t => t.Name, t => new TeamNamespace($"team-{t.Name}", new TeamNamespaceArgs
        {
            Team = t.Name,
            Quota = new TeamQuotaSpec(t.GpuQuota, t.CpuQuota, t.MemoryQuotaGiB),
            Cloud = config.Cloud,
            CostCenter = t.CostCenter,
            Environment = config.Environment,
            PlatformVersion = version,
            WorkloadIdentity = cloud.Identities.Teams.TryGetValue(t.Name, out var identity) ? (Input<string>)identity : null,
            ModelReaderIdentity = cloud.Identities.ModelReader,
            ModelWriterIdentity = cloud.Identities.ModelWriter,
        }, withProvider), StringComparer.Ordinal);

        // The managed database's address and generated password reach the scheduler's Secret as outputs, never as config;
        // the scheduler verifies the server against its cloud's CA bundle. PostgreSQL without a managed database would
        // point the scheduler at a host nobody provisions.
        var database = cloud.SchedulerDatabase;
        if (config.Services.Scheduler.StateStore == SchedulerStateStore.Postgres && database is null)
        {
            throw new InvalidOperationException($"mlplatform:services.scheduler.stateStore is postgres but the {config.Cloud.ToString().ToLowerInvariant()} layer created no database for it");
        }

        var scheduler = new SchedulerDeployment("scheduler", new SchedulerDeploymentArgs
        {
            Image = config.Services.Scheduler.Image,
            Version = version,
            Settings = SchedulerSettingsFor(config),
            Cloud = config.Cloud,
            Identity = cloud.Identities.Scheduler,
            TeamNamespaces = [.. config.Teams.Select(t => PlatformServiceAccounts.TeamNamespace(t.Name))],
            Replicas = config.Services.Scheduler.Replicas,
            PricingTables = pricingTables,
            PostgresHost = database is null ? SchedulerDeploymentArgs.UnprovisionedPostgresHost : (Input<string>)database.Host,
            PostgresDatabase = database?.DatabaseName ?? "scheduler",
            PostgresUser = database?.Username ?? "scheduler",
            PostgresPassword = database is null ? null : (Input<string>)database.Password,
            PostgresCaBundle = database is null ? null : PostgresCaBundles.For(config.Cloud),
        }, new ComponentResourceOptions { Providers = { provider }, DependsOn = [.. teams.Values] });

        if (config.DatasetCache.Enabled)
        {
            var warmer = config.Services.DatasetWarmer;
            _ = new DatasetWarmer("dataset-warmer", new DatasetWarmerArgs
            {
                Cloud = config.Cloud,
                Image = warmer.Image,
                Version = warmer.Version,
                StoreUri = cloud.DatasetStoreUri,
                MountPath = config.DatasetCache.MountPath,
                MaxSizeGiB = config.DatasetCache.MaxSizeGiB,
                Prefetch = [.. config.DatasetCache.Prefetch.Select(d => $"{d.Name}@{d.Version}")],
                Region = config.Region,
                Identity = cloud.Identities.DatasetReader,
                AdjustSpec = cloud.DatasetWarmerNodePreparation,
            }, withProvider);
        }

        var traffic = config.Models.Select(Traffic).ToImmutableArray();
        foreach (var model in config.Models)
        {
            var teamOptions = new ComponentResourceOptions
            {
                Providers = { provider },
                DependsOn = teams.TryGetValue(model.Team, out var team) ? [team] : [],
            };
            foreach (var (modelVersion, live) in DeployedVersions(model))
            {
                var autoscaling = AutoscalingFor(model, live, addons.PrometheusEndpoint);
                _ = new InferenceService($"model-{model.Name}-{KubernetesNames.Label(modelVersion)}", new InferenceServiceArgs
                {
                    Model = model.Name,
                    ModelVersion = modelVersion,
                    Namespace = PlatformServiceAccounts.TeamNamespace(model.Team),
                    Image = config.Services.Inference.Image,
                    RuntimeVersion = config.Services.Inference.Version,
                    Cloud = config.Cloud,
                    ModelStoreUri = cloud.ModelStoreUri,
                    GpuType = model.GpuType,
                    SpotAllowed = model.SpotAllowed,
                    Autoscaling = autoscaling,
                    ScalingDependencies = autoscaling.UseKeda ? addons.KedaDependencies : addons.HpaDependencies,
                }, teamOptions);
            }
        }

        var ingress = new ModelIngress("models", new ModelIngressArgs
        {
            Domain = config.Ingress.Domain,
            TlsSecretName = config.Ingress.TlsSecretName,
            ClusterIssuer = config.Ingress.ClusterIssuer,
            GatewayClassName = config.Ingress.GatewayClassName,
            Models = traffic,
            Version = version,
            GatewayDependencies = addons.GatewayDependencies,
        }, new ComponentResourceOptions { Providers = { provider }, DependsOn = [.. teams.Values] });

        _ = new Monitoring("monitoring", MonitoringArgsFor(config, addons.HpaDependencies), withProvider);

        return new KubernetesPlatformOutputs(scheduler.Url, ingress.BaseUrl, ingress.ModelRoutes);
    }

    /// <summary>
    /// The observability objects from <c>mlplatform:observability</c>: monitors and rules labelled for the Prometheus
    /// the add-ons install (<c>release: kube-prometheus-stack</c>) unless <c>selectorLabels</c> names another's.
    /// </summary>
    public static MonitoringArgs MonitoringArgsFor(PlatformConfig config, ImmutableArray<Resource> dependencies)
    {
        ArgumentNullException.ThrowIfNull(config);
        var spec = config.Observability;
        var installed = AddonSelectionFor(config).Prometheus;
        var selectorLabels = !spec.SelectorLabels.IsEmpty || !installed
            ? spec.SelectorLabels
            : ImmutableDictionary<string, string>.Empty.Add("release", AddonCharts.KubePrometheusStack.Key);
        return new MonitoringArgs
        {
            AlertsAndDashboards = spec.Enabled,
            DcgmExporterImage = spec.DcgmExporterImage,
            Namespace = AddonCharts.MonitoringNamespace,
            SelectorLabels = selectorLabels,
            RunbookBaseUrl = spec.RunbookBaseUrl,
            Thresholds = new AlertThresholds(
                spec.GpuIdlePercent,
                spec.GpuIdleMinutes,
                spec.QueueWaitObjectiveMinutes,
                spec.TeamQueueWaitObjectiveMinutes,
                spec.SpotReclaimsPerHour,
                (double)spec.InferenceAvailabilityPercent,
                (double)spec.InferenceLatencySeconds,
                (double)spec.InferenceLatencyPercent,
                spec.InferenceQueueDepth,
                (double)spec.InferenceRejectedPercent,
                spec.CacheHitRatioPercent,
                spec.BudgetProjectionPercent,
                spec.LeaderMissingMinutes),
            Teams = [.. config.Teams.Select(t => t.Name)],
            InferenceNamespaces = [.. config.Models.Select(m => PlatformServiceAccounts.TeamNamespace(m.Team)).Distinct(StringComparer.Ordinal)],
            DatasetWarmer = config.DatasetCache.Enabled,
            Version = config.Services.Scheduler.Version,
            Dependencies = dependencies,
        };
    }

    /// <summary>The scheduler's view of the stack config: teams with quotas and budgets, pools split into spot and on-demand, spot policy.</summary>
    public static SchedulerSettings SchedulerSettingsFor(PlatformConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new SchedulerSettings(
            [.. config.Teams.Select(t => new TeamOptions { Name = t.Name, GpuQuota = t.GpuQuota, MonthlyBudgetUsd = t.MonthlyBudgetUsd, Namespace = PlatformServiceAccounts.TeamNamespace(t.Name) })],
            [.. config.GpuPools.SelectMany(p => SchedulerPools.From(p, config.Cloud, config.Region))],
            SchedulerSettings.DefaultQueues,
            CapacityStrategies.SpotFirstWithFallback,
            TimeSpan.FromMinutes(config.Services.Scheduler.QueueAgeFallbackMinutes),
            JobsNamespace,
            config.Services.Scheduler.StateStore == SchedulerStateStore.Postgres ? StoreOptions.Postgres : StoreOptions.Sqlite);
    }

    /// <summary>A model's traffic split as the gateway applies it.</summary>
    public static ModelTraffic Traffic(ModelDeploymentSpec model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new ModelTraffic(
            model.Name,
            PlatformServiceAccounts.TeamNamespace(model.Team),
            [.. model.Versions.Select(v => new ModelVersionWeight(v.Version, v.Weight))],
            model.Shadow is { } shadow ? new ModelShadow(shadow.Version, shadow.Percent) : null,
            InferenceServiceArgs.DefaultServicePort);
    }

    /// <summary>
    /// Scaling of one version: the warm pool (<c>minReplicas</c>) applies to versions with traffic, idle ones (rolled back,
    /// shadow) keep at most one replica; a minimum of 0 means scale to zero, which only KEDA can do. KEDA queries
    /// <paramref name="prometheusAddress"/> (the add-ons' Prometheus; by default the one they install).
    /// </summary>
    public static AutoscalingSettings AutoscalingFor(ModelDeploymentSpec model, bool live, string? prometheusAddress = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var min = live ? model.MinReplicas : Math.Min(1, model.MinReplicas);
        return new AutoscalingSettings(min, Math.Max(1, model.MaxReplicas), UseKeda: min == 0, PrometheusAddress: prometheusAddress ?? ClusterAddonValues.PrometheusAddress());
    }

    /// <summary>
    /// The cluster add-ons the layer needs (<see cref="ClusterAddonPlanner.Select"/>) on the config's gateway class,
    /// issuer and every deployed version's scaling, with <c>mlplatform:addons.*.enabled</c> forcing a choice.
    /// </summary>
    public static ClusterAddonSelection AddonSelectionFor(PlatformConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var scaling = config.Models.SelectMany(m => DeployedVersions(m).Select(v => AutoscalingFor(m, v.Live)));
        var addons = config.Addons;
        return ClusterAddonPlanner.Select(
            config.Ingress.GatewayClassName,
            config.Ingress.ClusterIssuer,
            scaling,
            new ClusterAddonOverrides(addons.Gateway.Enabled, addons.CertManager.Enabled, addons.Keda.Enabled, addons.Prometheus.Enabled, addons.PrometheusAdapter.Enabled));
    }

    /// <summary>The pinned chart versions with the config's overrides; <c>addons.gateway.version</c> is Envoy Gateway's or Istio's, by class.</summary>
    public static ClusterAddonsSettings AddonSettingsFor(PlatformConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var addons = config.Addons;
        var defaults = ClusterAddonsSettings.Default;
        var implementation = ClusterAddonPlanner.ImplementationFor(config.Ingress.GatewayClassName);
        return defaults with
        {
            EnvoyGatewayVersion = implementation == GatewayImplementation.Envoy ? addons.Gateway.Version ?? defaults.EnvoyGatewayVersion : defaults.EnvoyGatewayVersion,
            IstioVersion = implementation == GatewayImplementation.Istio ? addons.Gateway.Version ?? defaults.IstioVersion : defaults.IstioVersion,
            GatewayApiCrdsVersion = addons.GatewayCrdsVersion ?? defaults.GatewayApiCrdsVersion,
            CertManagerVersion = addons.CertManager.Version ?? defaults.CertManagerVersion,
            KedaVersion = addons.Keda.Version ?? defaults.KedaVersion,
            KubePrometheusStackVersion = addons.Prometheus.Version ?? defaults.KubePrometheusStackVersion,
            PrometheusAdapterVersion = addons.PrometheusAdapter.Version ?? defaults.PrometheusAdapterVersion,
        };
    }

    /// <summary>Every version that needs a deployment, and whether it serves live traffic.</summary>
    public static IEnumerable<(string Version, bool Live)> DeployedVersions(ModelDeploymentSpec model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var traffic = Traffic(model);
        return traffic.DeployedVersions.Select(v => (v, traffic.Versions.Any(w => w.Version == v && w.Weight > 0)));
    }
}
