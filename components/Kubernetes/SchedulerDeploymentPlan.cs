using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MlPlatform.Scheduler.Configuration;
using Pulumi;
using Pulumi.Kubernetes.Types.Inputs.Apps.V1;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Pulumi.Kubernetes.Types.Inputs.Rbac.V1;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// The scheduler deployment's pure parts: validation, rollout strategy, spreading, RBAC rules, connection string and
/// URL, state claim and config checksum, testable without Pulumi. <see cref="SchedulerDeployment"/> composes them.
/// </summary>
public static partial class SchedulerDeploymentPlan
{
    /// <summary>Replicas at most: one leads, the rest stand by and serve the API.</summary>
    public const int MaxReplicas = 5;

    /// <summary>
    /// How a new version replaces the old: SQLite's volume takes one pod at a time (<c>Recreate</c>); on PostgreSQL a new pod
    /// starts before an old one stops (the lease keeps one loop), so the API never goes away.
    /// </summary>
    public static DeploymentStrategyArgs Strategy(SchedulerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.StateStore == StoreOptions.Postgres
            ? new DeploymentStrategyArgs { Type = "RollingUpdate", RollingUpdate = new RollingUpdateDeploymentArgs { MaxSurge = 1, MaxUnavailable = 0 } }
            : new DeploymentStrategyArgs { Type = "Recreate" };
    }

    // Replicas on different nodes and zones when the cluster has them: a node or zone failure leaves a follower to take
    // the lease. Best effort (ScheduleAnyway), so a one-node dev cluster still runs them all.
    internal static InputList<TopologySpreadConstraintArgs> Spread(int replicas, ImmutableDictionary<string, string> selector) => replicas > 1
        ? new InputList<TopologySpreadConstraintArgs>
        {
            new TopologySpreadConstraintArgs { MaxSkew = 1, TopologyKey = "topology.kubernetes.io/zone", WhenUnsatisfiable = "ScheduleAnyway", LabelSelector = new LabelSelectorArgs { MatchLabels = selector } },
            new TopologySpreadConstraintArgs { MaxSkew = 1, TopologyKey = "kubernetes.io/hostname", WhenUnsatisfiable = "ScheduleAnyway", LabelSelector = new LabelSelectorArgs { MatchLabels = selector } },
        }
        : [];

    /// <summary>Every problem with <paramref name="args"/>, each naming its config path.</summary>
    public static IReadOnlyList<SpecError> Validate(SchedulerDeploymentArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = new List<SpecError>(ImageReference.Validate(args.Image, "services.scheduler.image"));
        if (args.Replicas is < 1 or > MaxReplicas)
        {
            errors.Add(new SpecError("services.scheduler.replicas", $"must be between 1 and {MaxReplicas} (got {args.Replicas})"));
        }
        else if (args.Replicas > 1 && args.Settings is { } shared && shared.StateStore != StoreOptions.Postgres)
        {
            errors.Add(new SpecError("services.scheduler.replicas", $"must be 1 with stateStore '{shared.StateStore}': SQLite is one pod's file; several replicas need stateStore: postgres, which elects the leader (got {args.Replicas})"));
        }

        if (args.Port is < 1024 or > 65535)
        {
            errors.Add(new SpecError("services.scheduler.port", $"must be an unprivileged port 1024-65535 (got {args.Port})"));
        }

        var pricingBytes = args.PricingTables.Sum(kv => Encoding.UTF8.GetByteCount(kv.Key) + Encoding.UTF8.GetByteCount(kv.Value));
        if (pricingBytes > SchedulerDeployment.MaxConfigMapBytes)
        {
            errors.Add(new SpecError("services.scheduler.pricingTables", $"total {pricingBytes} bytes exceeds a ConfigMap's {SchedulerDeployment.MaxConfigMapBytes}; keep only the regions and types the pools use"));
        }

        foreach (var key in args.PricingTables.Keys.Where(k => !ConfigMapKey().IsMatch(k) || !k.EndsWith(".csv", StringComparison.Ordinal)))
        {
            errors.Add(new SpecError($"services.scheduler.pricingTables[{key}]", "must be a file name ending in .csv (letters, digits, '-', '_', '.')"));
        }

        if (args.Settings is null)
        {
            errors.Add(new SpecError("services.scheduler", "settings are required"));
        }
        else
        {
            errors.AddRange(SchedulerConfigMap.Validate(args.Settings));
        }

        return errors;
    }

    /// <summary>
    /// The Npgsql connection string: TLS always; with <paramref name="rootCertificate"/> (a PEM file of one or more CAs)
    /// the server's certificate must chain to one of them and name the host (<c>VerifyFull</c>), else TLS is only required.
    /// </summary>
    public static string PostgresConnection(string host, string database, string user, string password, string? rootCertificate = null) =>
        rootCertificate is null
            ? $"Host={host};Port=5432;Database={database};Username={user};Password={password};SSL Mode=Require"
            : $"Host={host};Port=5432;Database={database};Username={user};Password={password};SSL Mode=VerifyFull;Root Certificate={rootCertificate}";

    /// <summary>In-cluster URL of a Service.</summary>
    public static string InClusterUrl(string service, string ns, int port) =>
        string.Create(CultureInfo.InvariantCulture, $"http://{service}.{ns}.svc.cluster.local:{port}");

    /// <summary>The least RBAC the executor needs in a namespace it runs Jobs in.</summary>
    public static IEnumerable<PolicyRuleArgs> JobRules() =>
    [
        new() { ApiGroups = "batch", Resources = "jobs", Verbs = JobVerbs },
        new() { ApiGroups = "", Resources = "pods", Verbs = PodVerbs },
        new() { ApiGroups = "", Resources = "pods/log", Verbs = "get" },
        new() { ApiGroups = "", Resources = "events", Verbs = ReadVerbs },
    ];

    internal static readonly string[] ReadVerbs = ["get", "list", "watch"];

    private static readonly string[] JobVerbs = ["create", "get", "list", "watch", "delete"];

    private static readonly string[] PodVerbs = ["get", "list", "watch", "delete"];

    /// <summary>Prometheus scrape annotations (ServiceMonitor-style discovery by annotation).</summary>
    public static ImmutableDictionary<string, string> ScrapeAnnotations(int port) => ImmutableDictionary<string, string>.Empty
        .Add("prometheus.io/scrape", "true")
        .Add("prometheus.io/port", port.ToString(CultureInfo.InvariantCulture))
        .Add("prometheus.io/path", "/metrics");

    internal static ImmutableDictionary<string, string> Selector(string instance) => ImmutableDictionary<string, string>.Empty
        .Add("app.kubernetes.io/name", SchedulerDeployment.AppName)
        .Add("app.kubernetes.io/instance", instance);

    internal static EnvVarArgs FromSecret(string variable, string secret, string key) => new()
    {
        Name = variable,
        ValueFrom = new EnvVarSourceArgs { SecretKeyRef = new SecretKeySelectorArgs { Name = secret, Key = key } },
    };

    internal static PersistentVolumeClaimSpecArgs StateClaim(SchedulerDeploymentArgs args)
    {
        var spec = new PersistentVolumeClaimSpecArgs
        {
            AccessModes = "ReadWriteOnce",
            Resources = new VolumeResourceRequirementsArgs { Requests = new Dictionary<string, string> { ["storage"] = args.StateVolumeSize } },
        };
        if (args.StorageClassName is not null)
        {
            spec.StorageClassName = args.StorageClassName;
        }

        return spec;
    }

    /// <summary>A checksum of the config, on the pod template, so a config change rolls the pod.</summary>
    internal static string Checksum(IReadOnlyDictionary<string, string> data)
    {
        var text = string.Join('\n', data.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[-._a-zA-Z0-9]+$")]
    private static partial System.Text.RegularExpressions.Regex ConfigMapKey();
}
