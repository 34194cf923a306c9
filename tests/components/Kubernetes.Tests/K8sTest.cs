using System.Collections.Immutable;
using MlPlatform.CostModel;
using MlPlatform.Scheduler.Configuration;
using MlPlatform.Scheduler.Core;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.Components.Kubernetes.Tests;

/// <summary>Runs components under the echoing mocks and reads the declared Kubernetes objects.</summary>
internal static class K8sTest
{
    public const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    public const string SchedulerImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/mlplatform/scheduler@" + Digest;

    public const string InferenceImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/mlplatform/inference@" + Digest;

    public const string RandomPasswordType = "random:index/randomPassword:RandomPassword";

    public static readonly string[] SixLabels =
    [
        "app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/version",
        "app.kubernetes.io/component", "app.kubernetes.io/part-of", "app.kubernetes.io/managed-by",
    ];

    public static EchoMocks Mocks()
    {
        var mocks = new EchoMocks();
        mocks.ComputedOutputs[RandomPasswordType] = args => new Dictionary<string, object> { ["result"] = $"generated-{args.Name}" };
        return mocks;
    }

    public static async Task<(EchoMocks Mocks, T Component)> DeployAsync<T>(Func<T> create)
        where T : class
    {
        var mocks = Mocks();
        T? component = null;
        await Deployment.TestAsync(mocks, new TestOptions { IsPreview = false }, () => component = create());
        return (mocks, component!);
    }

    public static SchedulerSettings Settings(string store = StoreOptions.Sqlite) => new(
        [Team("vision", 16, 20000m), Team("nlp", 8, 5000m) with { Weight = 2, CanBorrow = false }],
        [Pool("a10g-spot", "spot", 4), Pool("a10g-od", "on-demand", 2)],
        SchedulerSettings.DefaultQueues,
        CapacityStrategies.SpotFirstWithFallback,
        TimeSpan.FromMinutes(30),
        "mlplatform-jobs",
        store);

    public static TeamOptions Team(string name, decimal gpuQuota, decimal? monthlyBudgetUsd, string? ns = null) =>
        new() { Name = name, GpuQuota = gpuQuota, MonthlyBudgetUsd = monthlyBudgetUsd, Namespace = ns };

    private static PoolOptions Pool(string name, string capacity, int nodes) =>
        new() { Name = name, Cloud = "aws", InstanceType = "g5.12xlarge", Region = "us-east-1", Capacity = capacity, Nodes = nodes };

    public static SchedulerDeploymentArgs SchedulerArgs(string store = StoreOptions.Sqlite) => new()
    {
        Image = SchedulerImage,
        Version = "0.3.0",
        Settings = Settings(store),
        Cloud = Cloud.Aws,
        Identity = "arn:aws:iam::123456789012:role/mlp-dev-scheduler",
        TeamNamespaces = ["vision", "nlp"],
    };

    public static InferenceServiceArgs InferenceArgs(bool spot = true, bool keda = false, string gpuType = "L4") => new()
    {
        Model = "ocr-cls",
        ModelVersion = "2",
        Namespace = "vision",
        Image = InferenceImage,
        RuntimeVersion = "0.5.0",
        Cloud = Cloud.Aws,
        ModelStoreUri = "s3://mlp-dev-models",
        Autoscaling = new AutoscalingSettings(2, 6, UseKeda: keda),
        GpuType = gpuType,
        SpotAllowed = spot,
    };

    public static ModelTraffic Traffic(ModelShadow? shadow = null) =>
        new("ocr-cls", "vision", [new ModelVersionWeight("1", 90), new ModelVersionWeight("2", 10)], shadow);

    public static ModelIngressArgs IngressArgs(params ModelTraffic[] models) => new()
    {
        Domain = "models.dev.example.com",
        TlsSecretName = "models-tls",
        GatewayClassName = "eg",
        ClusterIssuer = "letsencrypt",
        Models = [.. models],
    };

    public static TeamNamespaceArgs TeamArgs(Cloud cloud = Cloud.Aws) => new()
    {
        Team = "vision",
        Quota = new TeamQuotaSpec(16, 64, 256),
        Cloud = cloud,
        CostCenter = "cv-research",
        Environment = "dev",
        WorkloadIdentity = "arn:aws:iam::123456789012:role/mlp-dev-team-vision",
        ModelReaderIdentity = "arn:aws:iam::123456789012:role/mlp-dev-model-reader",
        ModelWriterIdentity = "arn:aws:iam::123456789012:role/mlp-dev-model-writer",
    };

    // Reading mock inputs: maps are ImmutableDictionary<string, object>, lists ImmutableArray<object>, numbers double.
    public static ImmutableDictionary<string, object> Obj(this IReadOnlyDictionary<string, object> map, string key) =>
        Assert.IsAssignableFrom<ImmutableDictionary<string, object>>(map[key]);

    public static ImmutableArray<object> List(this IReadOnlyDictionary<string, object> map, string key) =>
        map.TryGetValue(key, out var value) ? Assert.IsType<ImmutableArray<object>>(value) : [];

    public static IEnumerable<ImmutableDictionary<string, object>> Objs(this IReadOnlyDictionary<string, object> map, string key) =>
        map.List(key).Cast<ImmutableDictionary<string, object>>();

    public static string Str(this IReadOnlyDictionary<string, object> map, string key) => Assert.IsType<string>(map[key]);

    public static double Num(this IReadOnlyDictionary<string, object> map, string key) => Convert.ToDouble(map[key], System.Globalization.CultureInfo.InvariantCulture);

    public static ImmutableDictionary<string, object> Labels(this MockResourceArgs resource) => resource.Inputs.Obj("metadata").Obj("labels");

    public static ImmutableDictionary<string, object> PodSpec(this MockResourceArgs deployment) =>
        deployment.Inputs.Obj("spec").Obj("template").Obj("spec");

    /// <summary>Every Kubernetes object the mocks saw (custom resources included), without the provider.</summary>
    public static IReadOnlyList<MockResourceArgs> KubernetesObjects(this EchoMocks mocks) =>
        mocks.Resources.Where(r => r.Type!.StartsWith("kubernetes:", StringComparison.Ordinal)).ToList();

    /// <summary>Every container image of every workload the mocks saw.</summary>
    public static IEnumerable<string> Images(this EchoMocks mocks) =>
        mocks.Resources
            .Where(r => r.Type is "kubernetes:apps/v1:Deployment" or "kubernetes:apps/v1:DaemonSet")
            .SelectMany(r => r.PodSpec().Objs("containers").Concat(r.PodSpec().Objs("initContainers")))
            .Select(c => c.Str("image"));
}
