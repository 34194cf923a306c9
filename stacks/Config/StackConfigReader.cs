using System.Collections.Immutable;
using System.Net.Mail;
using System.Text.Json;
using System.Text.RegularExpressions;
using MlPlatform.Components;
using MlPlatform.CostModel;

namespace MlPlatform.Stacks.Config;

/// <summary>
/// Reads the <c>mlplatform:</c> keys of a stack into a <see cref="PlatformConfig"/>, checks every value and the rules
/// between them, and throws one <see cref="StackConfigException"/> listing every problem with its full key path
/// (<c>mlplatform:gpuPools[1].maxNodes must be &gt;= minNodes (got 2 &lt; 4)</c>). Pure: the program passes values from
/// Pulumi's <c>Config</c>, the plan tool from <c>Pulumi.&lt;stack&gt;.yaml</c>.
/// </summary>
public static partial class StackConfigReader
{
    /// <summary>The config namespace of the platform.</summary>
    public const string Namespace = "mlplatform";

    // The policy pack's rule id for unreadable capacity (policies reference this project, not the other way round).
    private const string UnverifiableCapacityRuleId = "policy-unverifiable-capacity";

    /// <summary>Every top-level key the platform reads, without the namespace.</summary>
    public static readonly ImmutableArray<string> Keys =
    [
        "environment", "cloud", "region", "cluster", "gpuPools", "datasetCache", "registry", "modelStore", "network",
        "karpenter", "ingress", "addons", "budget", "teams", "services", "models", "policy", "tags",
    ];

    /// <summary>
    /// Reads <paramref name="values"/> (top-level key without namespace → the raw config value: plain text for scalars,
    /// JSON for objects and lists, as Pulumi passes structured config). Keys outside <see cref="Keys"/> are errors.
    /// </summary>
    public static PlatformConfig Read(IReadOnlyDictionary<string, string> values, string stackName, PriceCatalog prices)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(prices);
        var errors = new ConfigErrors();
        foreach (var key in values.Keys.Where(k => !Keys.Contains(k)).Order(StringComparer.Ordinal))
        {
            errors.Add($"{Namespace}:{key}", $"is not a known setting (known: {string.Join(", ", Keys)})");
        }

        var root = ParseRoot(values, errors);
        var config = ReadRoot(root, stackName, prices, errors);
        root.RejectUnknownKeys();
        return errors.Any ? throw new StackConfigException(errors.All) : config;
    }

    private static ConfigNode ParseRoot(IReadOnlyDictionary<string, string> values, ConfigErrors errors)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var (key, raw) in values.Where(v => Keys.Contains(v.Key)))
            {
                writer.WritePropertyName(key);
                var text = raw.Trim();
                if (text.StartsWith('{') || text.StartsWith('['))
                {
                    try
                    {
                        using var document = JsonDocument.Parse(text);
                        document.RootElement.WriteTo(writer);
                        continue;
                    }
                    catch (JsonException e)
                    {
                        errors.Add($"{Namespace}:{key}", $"is not valid JSON ({e.Message})");
                        writer.WriteNullValue();
                        continue;
                    }
                }

                writer.WriteStringValue(raw);
            }

            writer.WriteEndObject();
        }

        var root = JsonDocument.Parse(stream.ToArray()).RootElement;
        return new ConfigNode(root, Namespace, errors);
    }

    private static PlatformConfig ReadRoot(ConfigNode root, string stackName, PriceCatalog prices, ConfigErrors errors)
    {
        // Top-level keys are written "mlplatform:key"; nested ones "mlplatform:key.field".
        var environment = root.String("environment", stackName);
        if (!Dns1123().IsMatch(environment) || environment.Length > 20)
        {
            errors.Add($"{Namespace}:environment", $"must be lowercase letters, digits and '-', at most 20 characters (got '{environment}')");
        }

        var cloud = Top(root, "cloud", n => n.Enum("cloud", Cloud.Aws), requiredKey: true, errors);
        var region = root.String("region", string.Empty, required: false);
        if (region.Length == 0)
        {
            errors.Add($"{Namespace}:region", "is required (for example us-east-1 on aws, eastus on azure)");
        }
        else if (!prices.Offerings.Any(o => o.Cloud == cloud && string.Equals(o.Region, region, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add($"{Namespace}:region", $"'{region}' has no GPU offerings for {cloud} in the price tables");
        }

        var cluster = ReadCluster(Child(root, "cluster"), environment, cloud, errors);
        var pools = ReadPools(root, cloud, region, prices, errors);
        var cache = ReadDatasetCache(Child(root, "datasetCache"), cloud, errors);
        var production = PlatformConfig.IsProductionEnvironment(environment);
        var registry = ReadRegistry(Child(root, "registry"), cloud, production, errors);
        var modelStore = ReadModelStore(Child(root, "modelStore"));
        var network = ReadNetwork(Child(root, "network"), cloud, production, registry, errors);
        var karpenter = ReadKarpenter(Child(root, "karpenter"), cloud, cluster.Provisioner, errors);
        var ingress = ReadIngress(Child(root, "ingress", required: true), errors);
        var addons = ReadAddons(Child(root, "addons"), ingress, errors);
        var budget = ReadBudget(Child(root, "budget", required: true), cloud, errors);
        var teams = ReadTeams(root, errors);
        var services = ReadServices(Child(root, "services", required: true), cloud, production, errors);
        var models = ReadModels(root, teams, pools, prices, cloud, region, errors);
        var policy = ReadPolicy(Child(root, "policy"), errors);
        var tags = ReadTags(Child(root, "tags", required: true), environment);
        return new PlatformConfig(environment, cloud, region, cluster, pools, cache, registry, modelStore, network, karpenter, ingress, addons, budget, teams, services, models, policy, tags);
    }

    private static T Top<T>(ConfigNode root, string key, Func<ConfigNode, T> read, bool requiredKey, ConfigErrors errors)
    {
        if (requiredKey && !root.Has(key))
        {
            errors.Add($"{Namespace}:{key}", "is required");
        }

        return read(root);
    }

    // The root's children are addressed "mlplatform:child" rather than "mlplatform.child".
    private static ConfigNode Child(ConfigNode root, string key, bool required = false)
    {
        var node = root.Object(key, required);
        return node;
    }

    private static ClusterSpec ReadCluster(ConfigNode node, string environment, Cloud cloud, ConfigErrors errors)
    {
        var name = node.String("name", $"mlp-{environment}");
        if (!Dns1123().IsMatch(name) || name.Length > 40)
        {
            errors.Add($"{node.Path}.name", $"must be lowercase letters, digits and '-', at most 40 characters (got '{name}')");
        }

        var version = node.String("kubernetesVersion", "1.33");
        if (!KubernetesVersion().IsMatch(version))
        {
            errors.Add($"{node.Path}.kubernetesVersion", $"must look like 1.33 (got '{version}')");
        }

        var cidr = node.String("networkCidr", "10.40.0.0/16");
        if (!Cidr().IsMatch(cidr) || !int.TryParse(cidr.Split('/')[1], out var prefix) || prefix is < 16 or > 22)
        {
            errors.Add($"{node.Path}.networkCidr", $"must be an IPv4 CIDR with a prefix between /16 and /22 (got '{cidr}')");
        }

        var system = node.Object("systemPool");
        var systemPool = new SystemPoolSpec(
            system.String("instanceType", cloud == Cloud.Aws ? "m6i.large" : "Standard_D4s_v5"),
            system.Int("minNodes", 2, 1, 20),
            system.Int("maxNodes", 4, 1, 50));
        if (systemPool.MaxNodes < systemPool.MinNodes)
        {
            errors.Add($"{system.Path}.maxNodes", $"must be >= minNodes (got {systemPool.MaxNodes} < {systemPool.MinNodes})");
        }

        system.RejectUnknownKeys();
        var provisioner = node.Enum("provisioner", NodeProvisioner.ManagedNodeGroups);
        if (provisioner == NodeProvisioner.Karpenter && cloud != Cloud.Aws)
        {
            errors.Add($"{node.Path}.provisioner", "karpenter is only available on aws; azure uses agent pools with cluster-autoscaler");
        }

        var zones = node.Strings("zones", []);
        if (!zones.IsEmpty && cloud != Cloud.Aws)
        {
            errors.Add($"{node.Path}.zones", "names aws zones; on azure, availabilityZones counts zones 1, 2, 3");
        }

        var spec = new ClusterSpec(
            name,
            version,
            node.Bool("privateEndpoint", false),
            node.Int("availabilityZones", zones.IsEmpty ? 2 : zones.Length, 2, 6),
            cidr,
            systemPool,
            provisioner,
            node.Strings("adminPrincipals", []),
            node.Bool("monitoring", true),
            ReadAddonImages(node.Object("addonImages"), errors),
            zones);
        node.RejectUnknownKeys();
        return spec;
    }

    private static AddonImagesSpec ReadAddonImages(ConfigNode node, ConfigErrors errors)
    {
        string? Optional(string key)
        {
            var image = node.String(key, string.Empty);
            if (image.Length == 0)
            {
                return null;
            }

            if (!ImageByDigest().IsMatch(image))
            {
                errors.Add($"{node.Path}.{key}", $"must reference an image by digest, repository@sha256:<64 hex digits> (got '{image}')");
            }

            return image;
        }

        var spec = new AddonImagesSpec(Optional("nvidiaDevicePlugin"), Optional("clusterAutoscaler"));
        node.RejectUnknownKeys();
        return spec;
    }

    private static ImmutableArray<GpuPoolSpec> ReadPools(ConfigNode root, Cloud cloud, string region, PriceCatalog prices, ConfigErrors errors)
    {
        var nodes = root.List("gpuPools");
        if (!root.Has("gpuPools") || nodes.Count == 0)
        {
            errors.Add($"{Namespace}:gpuPools", "must list at least one GPU pool");
        }

        var pools = ImmutableArray.CreateBuilder<GpuPoolSpec>();
        foreach (var node in nodes)
        {
            if (!node.IsObject)
            {
                continue;
            }

            var spec = new GpuPoolSpec(
                node.String("name", string.Empty, required: true),
                node.Strings("instanceTypes", [], required: true),
                node.Strings("fallbackInstanceTypes", []),
                node.Int("minNodes", 0),
                node.Int("maxNodes", 1),
                node.Int("spotPercentage", 100),
                node.Int("onDemandBaseCount", 0),
                node.Bool("latencyCritical", false),
                node.Int("diskSizeGiB", 200),
                node.Int("gpuSharingReplicas", 1));
            node.RejectUnknownKeys();
            var path = node.Path;
            if (region.Length > 0)
            {
                foreach (var error in GpuPoolSpecValidator.Validate(spec, path, cloud, region, prices))
                {
                    errors.Add(error.Path, error.Problem);
                }
            }

            pools.Add(spec);
        }

        foreach (var duplicate in pools.GroupBy(p => p.Name).Where(g => g.Count() > 1))
        {
            errors.Add($"{Namespace}:gpuPools", $"pool name '{duplicate.Key}' is used {duplicate.Count()} times; names must be unique");
        }

        return pools.ToImmutable();
    }

    private static DatasetCacheSpec ReadDatasetCache(ConfigNode node, Cloud cloud, ConfigErrors errors)
    {
        var mountPath = node.String("mountPath", "/mnt/dataset-cache");
        if (!mountPath.StartsWith('/') || mountPath.Contains("..", StringComparison.Ordinal))
        {
            errors.Add($"{node.Path}.mountPath", $"must be an absolute path without '..' (got '{mountPath}')");
        }

        var prefetch = node.List("prefetch").Select(n =>
        {
            var reference = new DatasetRef(n.String("name", string.Empty, required: true), n.String("version", string.Empty, required: true));
            n.RejectUnknownKeys();
            return reference;
        }).ToImmutableArray();
        var enabled = node.Bool("enabled", true);
        var prepareImage = ReadPrepareImage(node, cloud, enabled, errors);
        var spec = new DatasetCacheSpec(enabled, mountPath, node.Int("maxSizeGiB", 500, 10), prefetch, prepareImage);
        node.RejectUnknownKeys();
        return spec;
    }

    // Azure has no node user data to stripe the NVMe drives, so the warmer's init container does it and needs an image.
    private static string? ReadPrepareImage(ConfigNode node, Cloud cloud, bool enabled, ConfigErrors errors)
    {
        var image = node.String("prepareImage", string.Empty);
        if (cloud != Cloud.Azure)
        {
            if (image.Length > 0)
            {
                errors.Add($"{node.Path}.prepareImage", "applies to azure only (AWS prepares the NVMe drives in node user data or Karpenter's RAID0 policy)");
            }

            return null;
        }

        if (image.Length == 0)
        {
            if (enabled)
            {
                errors.Add($"{node.Path}.prepareImage", "is required on azure with the dataset cache enabled: the image, by digest, of the init container that prepares the local NVMe drives (sh, util-linux, mdadm, e2fsprogs)");
            }

            return null;
        }

        if (!ImageByDigest().IsMatch(image))
        {
            errors.Add($"{node.Path}.prepareImage", $"must reference an image by digest, repository@sha256:<64 hex digits>, never a tag (got '{image}')");
        }

        return image;
    }

    private static RegistrySpec ReadRegistry(ConfigNode node, Cloud cloud, bool production, ConfigErrors errors)
    {
        if (cloud != Cloud.Azure && node.Has("sku"))
        {
            errors.Add($"{node.Path}.sku", "applies to azure only (ECR has no service tiers)");
        }

        var spec = new RegistrySpec(
            node.Strings("repositories", ["scheduler", "inference", "dataset-warmer"]),
            node.Int("untaggedExpiryDays", 7, 1, 365),
            node.Int("keepLastImages", 30, 1, 1000),
            node.Enum("sku", cloud == Cloud.Azure && production ? RegistrySku.Premium : RegistrySku.Standard));
        node.RejectUnknownKeys();
        return spec;
    }

    private static NetworkSpec ReadNetwork(ConfigNode node, Cloud cloud, bool production, RegistrySpec registry, ConfigErrors errors)
    {
        if (cloud != Cloud.Azure && node.Has("privateEndpoints"))
        {
            errors.Add($"{node.Path}.privateEndpoints", "applies to azure only (private endpoints for the registry and storage accounts)");
        }

        var spec = new NetworkSpec(node.Bool("privateEndpoints", cloud == Cloud.Azure && production));
        // ACR offers Private Link on the Premium tier only; say which two settings disagree rather than fail in Azure.
        if (cloud == Cloud.Azure && spec.PrivateEndpoints && registry.Sku != RegistrySku.Premium)
        {
            errors.Add(
                $"{node.Path}.privateEndpoints",
                $"needs {Namespace}:registry.sku premium: ACR private endpoints are a Premium feature (got {registry.Sku.ToString().ToLowerInvariant()}; set {Namespace}:registry.sku: premium, or {Namespace}:network.privateEndpoints: false)");
        }

        node.RejectUnknownKeys();
        return spec;
    }

    private static KarpenterSpec ReadKarpenter(ConfigNode node, Cloud cloud, NodeProvisioner provisioner, ConfigErrors errors)
    {
        var version = node.String("chartVersion", string.Empty);
        if (version.Length > 0)
        {
            if (cloud != Cloud.Aws || provisioner != NodeProvisioner.Karpenter)
            {
                errors.Add($"{node.Path}.chartVersion", $"applies only on aws with {Namespace}:cluster.provisioner: karpenter (got {cloud.ToString().ToLowerInvariant()}, {(provisioner == NodeProvisioner.Karpenter ? "karpenter" : "managedNodeGroups")})");
            }
            else if (!KarpenterChartVersion().IsMatch(version))
            {
                errors.Add($"{node.Path}.chartVersion", $"must be a Karpenter v1 chart version such as 1.8.1 (got '{version}')");
            }
        }

        node.RejectUnknownKeys();
        return new KarpenterSpec(version.Length > 0 ? version : null);
    }

    private static ModelStoreSpec ReadModelStore(ConfigNode node)
    {
        var spec = new ModelStoreSpec(node.Int("noncurrentVersionExpiryDays", 90, 1, 3650), node.Int("softDeleteDays", 14, 1, 365));
        node.RejectUnknownKeys();
        return spec;
    }

    private static IngressSpec ReadIngress(ConfigNode node, ConfigErrors errors)
    {
        var domain = node.String("domain", string.Empty, required: true);
        if (domain.Length > 0 && !Domain().IsMatch(domain))
        {
            errors.Add($"{node.Path}.domain", $"must be a DNS name such as models.example.com (got '{domain}')");
        }

        var spec = new IngressSpec(domain, node.String("tlsSecretName", "models-tls"), node.String("clusterIssuer", string.Empty), node.String("gatewayClassName", "istio"));
        node.RejectUnknownKeys();
        return spec;
    }

    private static AddonsSpec ReadAddons(ConfigNode node, IngressSpec ingress, ConfigErrors errors)
    {
        // Chart tags differ: Envoy Gateway and cert-manager publish v-prefixed versions, the others bare ones.
        var gatewayClass = ingress.GatewayClassName;
        bool? gatewayPrefixed = gatewayClass == GatewayClassNames.Istio ? false : GatewayClassNames.Envoy.Contains(gatewayClass) ? true : null;
        var gatewayNode = node.Object("gateway");
        var gateway = ReadAddon(gatewayNode, gatewayPrefixed ?? true, errors);
        if (gatewayPrefixed is null && (gateway.Enabled == true || gateway.Version is not null))
        {
            errors.Add(
                $"{gatewayNode.Path}.{(gateway.Enabled == true ? "enabled" : "version")}",
                $"the platform installs the gateway only for the classes {GatewayClassNames.Istio} and {string.Join(", ", GatewayClassNames.Envoy.Order(StringComparer.Ordinal))} (got {Namespace}:ingress.gatewayClassName '{gatewayClass}'); install that class yourself");
        }

        var crdsVersion = gatewayNode.String("crdsVersion", string.Empty);
        if (crdsVersion.Length > 0 && gatewayPrefixed != false)
        {
            errors.Add($"{gatewayNode.Path}.crdsVersion", $"applies only with {Namespace}:ingress.gatewayClassName istio (Envoy Gateway's chart brings the Gateway API CRDs itself)");
        }
        else if (crdsVersion.Length > 0 && !ChartVersion(crdsVersion, prefixed: true))
        {
            errors.Add($"{gatewayNode.Path}.crdsVersion", $"must be an exact chart version such as v1.8.2 (got '{crdsVersion}')");
        }

        gatewayNode.RejectUnknownKeys();
        var prometheusNode = node.Object("prometheus");
        var prometheus = ReadAddon(prometheusNode, false, errors);
        var address = prometheusNode.String("address", string.Empty);
        if (address.Length > 0 && prometheus.Enabled != false)
        {
            errors.Add($"{prometheusNode.Path}.address", "applies only with prometheus.enabled: false (the platform's own Prometheus has a known address)");
        }
        else if (address.Length > 0 && !(Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors.Add($"{prometheusNode.Path}.address", $"must be an http(s) URL such as http://prometheus-operated.monitoring.svc:9090 (got '{address}')");
        }

        prometheusNode.RejectUnknownKeys();
        var spec = new AddonsSpec(
            gateway,
            crdsVersion.Length > 0 ? crdsVersion : null,
            ReadAddonNode(node, "certManager", true, errors),
            ReadAddonNode(node, "keda", false, errors),
            prometheus,
            address.Length > 0 ? address : null,
            ReadAddonNode(node, "prometheusAdapter", false, errors));
        node.RejectUnknownKeys();
        return spec;
    }

    private static AddonSpec ReadAddonNode(ConfigNode parent, string key, bool prefixed, ConfigErrors errors)
    {
        var node = parent.Object(key);
        var spec = ReadAddon(node, prefixed, errors);
        node.RejectUnknownKeys();
        return spec;
    }

    private static AddonSpec ReadAddon(ConfigNode node, bool prefixed, ConfigErrors errors)
    {
        bool? enabled = node.Has("enabled") ? node.Bool("enabled", false) : null;
        var version = node.String("version", string.Empty);
        if (version.Length > 0 && !ChartVersion(version, prefixed))
        {
            errors.Add($"{node.Path}.version", $"must be an exact chart version{(prefixed ? " starting with v, as this chart's tags do, such as v1.2.3" : " without a leading v, such as 1.2.3")} (got '{version}')");
        }

        return new AddonSpec(enabled, version.Length > 0 ? version : null);
    }

    // A range or "latest" would make a preview say less than what up installs.
    private static bool ChartVersion(string version, bool prefixed) => ExactChartVersion().IsMatch(version) && version.StartsWith('v') == prefixed;

    private static BudgetSpec ReadBudget(ConfigNode node, Cloud cloud, ConfigErrors errors)
    {
        var spec = new BudgetSpec(
            node.Decimal("monthlyLimitUsd", 0, 1, required: true),
            node.Ints("actualThresholds", [50, 80, 100], 1, 1000),
            node.Ints("forecastThresholds", [100], 1, 1000),
            node.Strings("recipients", [], required: true));
        CheckEmails(spec.Recipients, $"{node.Path}.recipients", errors);
        if (cloud == Cloud.Azure && spec.ActualThresholds.Length + spec.ForecastThresholds.Length > 5)
        {
            errors.Add($"{node.Path}", $"Azure budgets allow at most 5 notifications (got {spec.ActualThresholds.Length} actual + {spec.ForecastThresholds.Length} forecast)");
        }

        node.RejectUnknownKeys();
        return spec;
    }

    private static ImmutableArray<TeamSpec> ReadTeams(ConfigNode root, ConfigErrors errors)
    {
        var teams = ImmutableArray.CreateBuilder<TeamSpec>();
        foreach (var node in root.List("teams").Where(n => n.IsObject))
        {
            var team = new TeamSpec(
                node.String("name", string.Empty, required: true),
                node.Int("gpuQuota", 0, 0),
                node.OptionalDecimal("monthlyBudgetUsd", 0),
                node.String("costCenter", string.Empty),
                node.Int("cpuQuota", 64, 1),
                node.Int("memoryQuotaGiB", 256, 1),
                node.Strings("recipients", []));
            if (team.Name.Length > 0 && (!Dns1123().IsMatch(team.Name) || team.Name.Length > 30))
            {
                errors.Add($"{node.Path}.name", $"must be lowercase letters, digits and '-', at most 30 characters (got '{team.Name}')");
            }

            CheckEmails(team.Recipients, $"{node.Path}.recipients", errors);
            node.RejectUnknownKeys();
            teams.Add(team);
        }

        foreach (var duplicate in teams.GroupBy(t => t.Name).Where(g => g.Count() > 1))
        {
            errors.Add($"{Namespace}:teams", $"team name '{duplicate.Key}' is used {duplicate.Count()} times; names must be unique");
        }

        return teams.ToImmutable();
    }

    private static ServicesSpec ReadServices(ConfigNode node, Cloud cloud, bool production, ConfigErrors errors)
    {
        var schedulerNode = node.Object("scheduler", required: true);
        var stateStore = schedulerNode.Enum("stateStore", SchedulerStateStore.Sqlite);
        SchedulerDatabaseSpec? database = null;
        if (stateStore == SchedulerStateStore.Postgres)
        {
            database = ReadSchedulerDatabase(schedulerNode.Object("database"), cloud, production, errors);
        }
        else if (schedulerNode.Has("database"))
        {
            _ = schedulerNode.Object("database");
            errors.Add($"{schedulerNode.Path}.database", "applies only with stateStore: postgres (SQLite needs no database server)");
        }

        var scheduler = new SchedulerServiceSpec(
            Image(schedulerNode, errors),
            schedulerNode.String("version", "0.1.0"),
            stateStore,
            schedulerNode.Int("replicas", stateStore == SchedulerStateStore.Postgres ? 2 : 1, 1, 5),
            schedulerNode.Int("queueAgeFallbackMinutes", 30, 1, 1440),
            database);

        // Replicas share the store and elect one leader on it; SQLite is one pod's file, so it has exactly one replica.
        if (scheduler.Replicas != 1 && stateStore != SchedulerStateStore.Postgres)
        {
            errors.Add($"{schedulerNode.Path}.replicas", $"must be 1 with stateStore: sqlite (one pod's file); run 2 or more with stateStore: postgres, where the replicas elect a leader (got {scheduler.Replicas})");
        }

        schedulerNode.RejectUnknownKeys();
        var inference = ReadImage(node.Object("inference", required: true), errors);
        var warmer = ReadImage(node.Object("datasetWarmer", required: true), errors);
        node.RejectUnknownKeys();
        return new ServicesSpec(scheduler, inference, warmer);
    }

    /// <summary>
    /// <c>services.scheduler.database</c>: every field optional with environment defaults; production must keep HA,
    /// deletion protection and at least <see cref="SchedulerDatabaseSpec.MinProductionBackupRetentionDays"/> days of backups.
    /// </summary>
    private static SchedulerDatabaseSpec ReadSchedulerDatabase(ConfigNode node, Cloud cloud, bool production, ConfigErrors errors)
    {
        var defaults = SchedulerDatabaseSpec.Default(cloud, production);
        var spec = new SchedulerDatabaseSpec(
            node.String("instanceClass", defaults.InstanceClass),
            node.Int("storageGiB", defaults.StorageGiB, SchedulerDatabaseSpec.MinStorageGiB, SchedulerDatabaseSpec.MaxStorageGiB),
            node.Bool("highAvailability", defaults.HighAvailability),
            node.Int("backupRetentionDays", defaults.BackupRetentionDays, 1, SchedulerDatabaseSpec.MaxBackupRetentionDays),
            node.String("engineVersion", defaults.EngineVersion),
            node.Bool("deletionProtection", defaults.DeletionProtection),
            node.Bool("geoRedundantBackup", defaults.GeoRedundantBackup));
        if (!SchedulerDatabaseSpec.IsInstanceClassOf(cloud, spec.InstanceClass))
        {
            var example = SchedulerDatabaseSpec.DefaultInstanceClass(cloud, production: true);
            errors.Add($"{node.Path}.instanceClass", $"'{spec.InstanceClass}' is not a database instance class on {cloud.ToString().ToLowerInvariant()} (for example {example})");
        }

        if (cloud == Cloud.Azure)
        {
            CheckAzureDatabase(node, spec, errors);
        }
        else if (node.Has("geoRedundantBackup"))
        {
            errors.Add($"{node.Path}.geoRedundantBackup", "applies only on azure (Flexible Server geo-redundant backup)");
        }

        if (!SchedulerDatabaseSpec.SupportedEngineVersions.Contains(spec.EngineVersion))
        {
            errors.Add($"{node.Path}.engineVersion", $"must be one of {string.Join(", ", SchedulerDatabaseSpec.SupportedEngineVersions)} (got '{spec.EngineVersion}')");
        }

        if (production)
        {
            if (!spec.HighAvailability)
            {
                errors.Add($"{node.Path}.highAvailability", "must be true in production: the scheduler stops with a single database instance's zone");
            }

            if (!spec.DeletionProtection)
            {
                errors.Add($"{node.Path}.deletionProtection", "must be true in production: the scheduler's state (queues, job history) must survive a mistaken destroy");
            }

            if (spec.BackupRetentionDays < SchedulerDatabaseSpec.MinProductionBackupRetentionDays)
            {
                errors.Add($"{node.Path}.backupRetentionDays", $"must be >= {SchedulerDatabaseSpec.MinProductionBackupRetentionDays} in production (got {spec.BackupRetentionDays})");
            }
        }

        node.RejectUnknownKeys();
        return spec;
    }

    /// <summary>What Flexible Server refuses that RDS accepts: other storage sizes, under 7 days of backups, HA on Burstable.</summary>
    private static void CheckAzureDatabase(ConfigNode node, SchedulerDatabaseSpec spec, ConfigErrors errors)
    {
        if (!SchedulerDatabaseSpec.AzureStorageSizesGiB.Contains(spec.StorageGiB))
        {
            errors.Add($"{node.Path}.storageGiB", $"must be one of {string.Join(", ", SchedulerDatabaseSpec.AzureStorageSizesGiB)} on azure (Flexible Server storage sizes) (got {spec.StorageGiB})");
        }

        if (spec.BackupRetentionDays < SchedulerDatabaseSpec.MinAzureBackupRetentionDays)
        {
            errors.Add($"{node.Path}.backupRetentionDays", $"must be >= {SchedulerDatabaseSpec.MinAzureBackupRetentionDays} on azure (got {spec.BackupRetentionDays})");
        }

        if (spec.HighAvailability && SchedulerDatabaseSpec.IsBurstable(spec.InstanceClass))
        {
            errors.Add($"{node.Path}.highAvailability", $"zone-redundant HA needs a General Purpose or Memory Optimized SKU (Standard_D*, Standard_E*); '{spec.InstanceClass}' is Burstable");
        }
    }

    private static ServiceImageSpec ReadImage(ConfigNode node, ConfigErrors errors)
    {
        var spec = new ServiceImageSpec(Image(node, errors), node.String("version", "0.1.0"));
        node.RejectUnknownKeys();
        return spec;
    }

    private static string Image(ConfigNode node, ConfigErrors errors)
    {
        var image = node.String("image", string.Empty, required: true);
        if (image.Length > 0 && !ImageByDigest().IsMatch(image))
        {
            errors.Add($"{node.Path}.image", $"must reference an image by digest, repository@sha256:<64 hex digits>, never a tag (got '{image}')");
        }

        return image;
    }

    private static ImmutableArray<ModelDeploymentSpec> ReadModels(ConfigNode root, ImmutableArray<TeamSpec> teams, ImmutableArray<GpuPoolSpec> pools, PriceCatalog prices, Cloud cloud, string region, ConfigErrors errors)
    {
        var gpuTypes = pools.SelectMany(p => p.InstanceTypes)
            .Select(t => prices.Find(cloud, t, region)?.Gpu.Name)
            .Where(n => !string.IsNullOrEmpty(n))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var models = ImmutableArray.CreateBuilder<ModelDeploymentSpec>();
        foreach (var node in root.List("models").Where(n => n.IsObject))
        {
            var name = node.String("name", string.Empty, required: true);
            if (name.Length > 0 && (!Dns1123().IsMatch(name) || name.Length > 40))
            {
                errors.Add($"{node.Path}.name", $"must be lowercase letters, digits and '-', at most 40 characters (got '{name}')");
            }

            var team = node.String("team", string.Empty, required: true);
            if (team.Length > 0 && !teams.Any(t => t.Name == team))
            {
                errors.Add($"{node.Path}.team", $"'{team}' is not one of the teams in mlplatform:teams");
            }

            var gpuType = node.String("gpuType", string.Empty);
            if (gpuType.Length > 0 && gpuTypes.Count > 0 && !gpuTypes.Contains(gpuType))
            {
                errors.Add($"{node.Path}.gpuType", $"'{gpuType}' is not a GPU any pool provides (pools provide: {string.Join(", ", gpuTypes.Order(StringComparer.Ordinal))})");
            }

            var versions = node.List("versions", required: true).Where(v => v.IsObject).Select(v =>
            {
                var version = new ModelVersionSpec(v.String("version", string.Empty, required: true), v.Int("weight", 0, 0, 100));
                v.RejectUnknownKeys();
                return version;
            }).ToImmutableArray();
            if (versions.Length > 0 && versions.Sum(v => v.Weight) != 100)
            {
                errors.Add($"{node.Path}.versions", $"weights must sum to 100 (got {versions.Sum(v => v.Weight)})");
            }

            foreach (var duplicate in versions.GroupBy(v => v.Version).Where(g => g.Count() > 1))
            {
                errors.Add($"{node.Path}.versions", $"version '{duplicate.Key}' is listed {duplicate.Count()} times");
            }

            ShadowSpec? shadow = null;
            if (node.Has("shadow"))
            {
                var shadowNode = node.Object("shadow");
                shadow = new ShadowSpec(shadowNode.String("version", string.Empty, required: true), shadowNode.Int("percent", 100, 1, 100));
                if (versions.Any(v => v.Version == shadow.Version && v.Weight > 0))
                {
                    errors.Add($"{shadowNode.Path}.version", $"'{shadow.Version}' already receives live traffic; a shadow version must have weight 0 or not be listed");
                }

                shadowNode.RejectUnknownKeys();
            }
            else
            {
                node.Object("shadow");
            }

            var minReplicas = node.Int("minReplicas", 1, 0, 100);
            var maxReplicas = node.Int("maxReplicas", Math.Max(1, minReplicas) * 4, 1, 500);
            if (maxReplicas < minReplicas)
            {
                errors.Add($"{node.Path}.maxReplicas", $"must be >= minReplicas (got {maxReplicas} < {minReplicas})");
            }

            models.Add(new ModelDeploymentSpec(name, team, gpuType, versions, shadow, minReplicas, maxReplicas, node.Bool("spotAllowed", false)));
            node.RejectUnknownKeys();
        }

        foreach (var duplicate in models.GroupBy(m => m.Name).Where(g => g.Count() > 1))
        {
            errors.Add($"{Namespace}:models", $"model name '{duplicate.Key}' is used {duplicate.Count()} times; names must be unique");
        }

        return models.ToImmutable();
    }

    private static PolicySettings ReadPolicy(ConfigNode node, ConfigErrors errors)
    {
        var enforcement = node.StringMap("enforcement");
        foreach (var (rule, level) in enforcement)
        {
            if (level is not ("advisory" or "mandatory" or "disabled"))
            {
                errors.Add($"{node.Path}.enforcement.{rule}", $"must be advisory, mandatory or disabled (got '{level}')");
            }
        }

        var settings = new PolicySettings(
            node.OptionalInt("maxGpusPerPool", 0),
            node.OptionalInt("maxGpusPerEnvironment", 0),
            node.Strings("allowedInstanceTypes", []),
            node.OptionalInt("minSpotPercentage", 0),
            node.OptionalInt("maxSpotPercentageLatencyCritical", 0),
            node.OptionalDecimal("monthlyCostCapUsd", 0),
            node.OptionalDecimal("poolMonthlyCostCapUsd", 0),
            node.OptionalDecimal("teamMonthlyCostCapUsd", 0),
            enforcement,
            ReadUnverifiable(node, enforcement, errors));
        node.RejectUnknownKeys();
        return settings;
    }

    // Capacity the gate cannot read fails it unless the stack says otherwise; "disabled" is deliberately not offered: a
    // stack may accept the risk (advisory) but the report always shows it.
    private static string? ReadUnverifiable(ConfigNode node, ImmutableDictionary<string, string> enforcement, ConfigErrors errors)
    {
        var level = node.String("unverifiable", string.Empty);
        if (level.Length == 0)
        {
            return null;
        }

        if (level is not ("advisory" or "mandatory"))
        {
            errors.Add($"{node.Path}.unverifiable", $"must be advisory or mandatory (got '{level}')");
            return null;
        }

        if (enforcement.TryGetValue(UnverifiableCapacityRuleId, out var other) && other != level)
        {
            errors.Add($"{node.Path}.unverifiable", $"is '{level}' but {node.Path}.enforcement.{UnverifiableCapacityRuleId} is '{other}'; set one of them");
        }

        return level;
    }

    private static CommonTags ReadTags(ConfigNode node, string environment)
    {
        var tags = new CommonTags(environment, node.String("costCenter", string.Empty, required: true), node.StringMap("extra"));
        node.RejectUnknownKeys();
        return tags;
    }

    private static void CheckEmails(ImmutableArray<string> emails, string path, ConfigErrors errors)
    {
        for (var i = 0; i < emails.Length; i++)
        {
            if (!MailAddress.TryCreate(emails[i], out var address) || address.Address != emails[i])
            {
                errors.Add($"{path}[{i}]", $"must be an e-mail address (got '{emails[i]}')");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Dns1123();

    [GeneratedRegex(@"^1\.\d{2}$")]
    private static partial Regex KubernetesVersion();

    [GeneratedRegex(@"^(\d{1,3}\.){3}\d{1,3}/\d{1,2}$")]
    private static partial Regex Cidr();

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]{2,}$")]
    private static partial Regex Domain();

    [GeneratedRegex("^[a-z0-9][a-z0-9._/:-]*@sha256:[a-f0-9]{64}$")]
    private static partial Regex ImageByDigest();

    [GeneratedRegex(@"^1\.\d+\.\d+$")]
    private static partial Regex KarpenterChartVersion();

    [GeneratedRegex(@"^v?\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$")]
    private static partial Regex ExactChartVersion();
}
