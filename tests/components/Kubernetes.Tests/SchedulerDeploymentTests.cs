using MlPlatform.Testing;
using Pulumi;

using MlPlatform.Scheduler.Configuration;

namespace MlPlatform.Components.Kubernetes.Tests;

public sealed class SchedulerDeploymentTests
{
    private const string DeploymentType = "kubernetes:apps/v1:Deployment";

    [Fact]
    public async Task SchedulerIsASingleWriterWithNoDisruptionBudgetToBlockDrains()
    {
        var (mocks, _) = await K8sTest.DeployAsync(() => new SchedulerDeployment("scheduler", K8sTest.SchedulerArgs()));
        var spec = Assert.Single(mocks.OfType(DeploymentType)).Inputs.Obj("spec");
        Assert.Equal(1, spec.Num("replicas"));
        Assert.Equal("Recreate", spec.Obj("strategy").Str("type"));
        Assert.Empty(mocks.OfType("kubernetes:policy/v1:PodDisruptionBudget"));
    }

    [Fact]
    public void MoreThanOneReplicaOnSqliteIsRefusedBecauseTheFileIsOnePods()
    {
        var args = K8sTest.SchedulerArgs();
        var error = Assert.Single(SchedulerDeploymentPlan.Validate(new SchedulerDeploymentArgs
        {
            Image = args.Image, Version = args.Version, Settings = args.Settings, Cloud = args.Cloud, Replicas = 2,
        }));
        Assert.Equal("services.scheduler.replicas", error.Path);
        Assert.Contains("stateStore: postgres", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void ReplicasOutsideOneToFiveAreRefused(int replicas)
    {
        var args = K8sTest.SchedulerArgs();
        var error = Assert.Single(SchedulerDeploymentPlan.Validate(new SchedulerDeploymentArgs
        {
            Image = args.Image, Version = args.Version, Settings = args.Settings with { StateStore = StoreOptions.Postgres }, Cloud = args.Cloud, Replicas = replicas,
        }));
        Assert.Equal("services.scheduler.replicas", error.Path);
    }

    [Fact]
    public async Task ReplicasOnPostgresRollOneAtATimeSpreadOutAndLetADrainTakeOne()
    {
        var args = K8sTest.SchedulerArgs();
        var (mocks, _) = await K8sTest.DeployAsync(() => new SchedulerDeployment("scheduler", new SchedulerDeploymentArgs
        {
            Image = args.Image, Version = args.Version, Settings = args.Settings with { StateStore = StoreOptions.Postgres }, Cloud = args.Cloud, Replicas = 2,
        }));

        var deployment = Assert.Single(mocks.OfType(DeploymentType));
        var spec = deployment.Inputs.Obj("spec");
        Assert.Equal(2, spec.Num("replicas"));
        Assert.Equal("RollingUpdate", spec.Obj("strategy").Str("type"));
        Assert.Equal(0, spec.Obj("strategy").Obj("rollingUpdate").Num("maxUnavailable"));
        Assert.Equal(1, spec.Obj("strategy").Obj("rollingUpdate").Num("maxSurge"));
        var spread = deployment.PodSpec().Objs("topologySpreadConstraints").Select(c => c.Str("topologyKey")).ToList();
        Assert.Equal(["topology.kubernetes.io/zone", "kubernetes.io/hostname"], spread);
        var budget = Assert.Single(mocks.OfType("kubernetes:policy/v1:PodDisruptionBudget")).Inputs.Obj("spec");
        Assert.Equal(1, budget.Num("maxUnavailable"));
        Assert.False(budget.ContainsKey("minAvailable"));
        var env = deployment.PodSpec().Objs("containers").Single().Objs("env").ToList();
        Assert.Contains(env, e => e.Str("name") == "Scheduler__InstanceId" && e.Obj("valueFrom").Obj("fieldRef").Str("fieldPath") == "metadata.name");
    }

    [Fact]
    public void TaggedImageIsRefused()
    {
        var args = K8sTest.SchedulerArgs();
        var errors = SchedulerDeploymentPlan.Validate(new SchedulerDeploymentArgs { Image = "ghcr.io/x/scheduler:latest", Version = "1", Settings = args.Settings, Cloud = args.Cloud });
        Assert.Contains(errors, e => e.Path == "services.scheduler.image");
    }

    [Fact]
    public async Task ConfigMapCarriesTheTypedConfigAndThePodReadsIt()
    {
        var (mocks, _) = await K8sTest.DeployAsync(() => new SchedulerDeployment("scheduler", K8sTest.SchedulerArgs()));
        var data = Assert.Single(mocks.OfType("kubernetes:core/v1:ConfigMap")).Inputs.Obj("data");
        Assert.Equal("vision", data["Scheduler__Teams__0__Name"]);
        var container = Assert.Single(mocks.OfType(DeploymentType)).PodSpec().Objs("containers").Single();
        Assert.Equal("scheduler-config", container.Objs("envFrom").Single().Obj("configMapRef").Str("name"));
        Assert.NotNull(Assert.Single(mocks.OfType(DeploymentType)).Inputs.Obj("spec").Obj("template").Obj("metadata").Obj("annotations")["mlplatform.io/config-checksum"]);
    }

    [Fact]
    public async Task EveryTeamGetsAGeneratedTokenFromASecret()
    {
        var (mocks, _) = await K8sTest.DeployAsync(() => new SchedulerDeployment("scheduler", K8sTest.SchedulerArgs()));
        var passwords = mocks.OfType(K8sTest.RandomPasswordType).Select(p => p.Name).ToList();
        Assert.Contains("scheduler-token-admin", passwords);
        Assert.Contains("scheduler-token-vision", passwords);
        Assert.Contains("scheduler-token-nlp", passwords);
        var secret = mocks.OfType("kubernetes:core/v1:Secret").Single(s => s.Inputs.Obj("metadata").Str("name") == SchedulerDeployment.TokensSecretName);
        Assert.Equal("generated-scheduler-token-vision", secret.Inputs.Obj("stringData")["vision"]);
        var env = Assert.Single(mocks.OfType(DeploymentType)).PodSpec().Objs("containers").Single().Objs("env").ToList();
        var visionToken = env.Single(e => e.Str("name") == "Scheduler__Teams__0__Token").Obj("valueFrom").Obj("secretKeyRef");
        Assert.Equal(("scheduler-tokens", "vision"), (visionToken.Str("name"), visionToken.Str("key")));
    }

    [Fact]
    public async Task SqliteStoreIsAPersistentVolumeMountedAtTheDatabasePath()
    {
        var (mocks, _) = await K8sTest.DeployAsync(() => new SchedulerDeployment("scheduler", K8sTest.SchedulerArgs()));
        var claim = Assert.Single(mocks.OfType("kubernetes:core/v1:PersistentVolumeClaim")).Inputs.Obj("spec");
        Assert.Equal(["ReadWriteOnce"], claim.List("accessModes").Cast<string>().ToArray());
        var mounts = Assert.Single(mocks.OfType(DeploymentType)).PodSpec().Objs("containers").Single().Objs("volumeMounts");
        Assert.Contains(mounts, m => m.Str("mountPath") == SchedulerConfigMap.SqliteDirectory);
        Assert.DoesNotContain(mocks.OfType(K8sTest.RandomPasswordType), p => p.Name!.Contains("postgres", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostgresConnectionUsesAGeneratedPasswordAndStaysSecret()
    {
        var (mocks, scheduler) = await K8sTest.DeployAsync(() => new SchedulerDeployment("scheduler", K8sTest.SchedulerArgs(StoreOptions.Postgres)));
        var password = Assert.Single(mocks.OfType(K8sTest.RandomPasswordType), p => p.Name == "scheduler-postgres-password");
        Assert.Equal(32, password.Inputs.Num("length"));
        Assert.True(await scheduler.PostgresConnectionString.IsSecretAsync());
        Assert.Contains("Password=generated-scheduler-postgres-password", await scheduler.PostgresConnectionString.GetAsync(), StringComparison.Ordinal);
        var env = Assert.Single(mocks.OfType(DeploymentType)).PodSpec().Objs("containers").Single().Objs("env");
        var connection = env.Single(e => e.Str("name") == SchedulerEnvironment.PostgresConnectionStringKey).Obj("valueFrom").Obj("secretKeyRef");
        Assert.Equal(SchedulerDeployment.PostgresSecretName, connection.Str("name"));
        Assert.Empty(mocks.OfType("kubernetes:core/v1:PersistentVolumeClaim"));
    }

    [Fact]
    public async Task AProvisionedDatabaseGivesTheHostAndPasswordAndNoneIsGenerated()
    {
        var defaults = K8sTest.SchedulerArgs(StoreOptions.Postgres);
        var (mocks, scheduler) = await K8sTest.DeployAsync(() => new SchedulerDeployment("scheduler", new SchedulerDeploymentArgs
        {
            Image = defaults.Image,
            Version = defaults.Version,
            Settings = defaults.Settings,
            Cloud = defaults.Cloud,
            PostgresHost = Output.Create("db.abc.us-east-1.rds.amazonaws.com"),
            PostgresPassword = Output.CreateSecret("from-the-database"),
        }));

        Assert.DoesNotContain(mocks.OfType(K8sTest.RandomPasswordType), p => p.Name == "scheduler-postgres-password");
        var connection = await scheduler.PostgresConnectionString.GetAsync();
        Assert.StartsWith("Host=db.abc.us-east-1.rds.amazonaws.com;Port=5432;", connection, StringComparison.Ordinal);
        Assert.Contains("Password=from-the-database;", connection, StringComparison.Ordinal);
        Assert.True(await scheduler.PostgresConnectionString.IsSecretAsync());
    }

    [Fact]
    public async Task RbacIsLimitedToJobsAndPodsInTheManagedNamespaces()
    {
        var (mocks, _) = await K8sTest.DeployAsync(() => new SchedulerDeployment("scheduler", K8sTest.SchedulerArgs()));
        var roles = mocks.OfType("kubernetes:rbac.authorization.k8s.io/v1:Role");
        Assert.Equal(["mlplatform-jobs", "nlp", "vision"], roles.Select(r => r.Inputs.Obj("metadata").Str("namespace")).Order(StringComparer.Ordinal).ToArray());
        var resources = roles[0].Inputs.Objs("rules").SelectMany(r => r.List("resources").Cast<string>()).ToHashSet();
        Assert.Equal(new HashSet<string> { "jobs", "pods", "pods/log", "events" }, resources);
        Assert.DoesNotContain(roles[0].Inputs.Objs("rules").SelectMany(r => r.List("verbs").Cast<string>()), v => v is "*" or "escalate" or "bind");
        Assert.Single(mocks.OfType("kubernetes:rbac.authorization.k8s.io/v1:ClusterRole")).Inputs.Objs("rules")
            .ToList().ForEach(rule => Assert.Equal(["get", "list", "watch"], rule.List("verbs").Cast<string>().ToArray()));
    }

    [Fact]
    public async Task EachQueueHasAPriorityClassOrderedLikeTheQueues()
    {
        var (mocks, _) = await K8sTest.DeployAsync(() => new SchedulerDeployment("scheduler", K8sTest.SchedulerArgs()));
        var classes = mocks.OfType("kubernetes:scheduling.k8s.io/v1:PriorityClass").ToDictionary(p => p.Inputs.Obj("metadata").Str("name"), p => p.Inputs.Num("value"));
        Assert.True(classes["mlplatform-urgent"] > classes["mlplatform-default"]);
    }

    [Fact]
    public async Task ServiceAccountIsBoundToTheCloudIdentityAndMetricsAreScraped()
    {
        var (mocks, scheduler) = await K8sTest.DeployAsync(() => new SchedulerDeployment("scheduler", K8sTest.SchedulerArgs()));
        var account = Assert.Single(mocks.OfType("kubernetes:core/v1:ServiceAccount")).Inputs.Obj("metadata");
        Assert.Equal("arn:aws:iam::123456789012:role/mlp-dev-scheduler", account.Obj("annotations")[CloudIdentity.AwsRoleAnnotation]);
        var service = Assert.Single(mocks.OfType("kubernetes:core/v1:Service")).Inputs.Obj("metadata").Obj("annotations");
        Assert.Equal("true", service["prometheus.io/scrape"]);
        Assert.Equal("http://scheduler.mlplatform-system.svc.cluster.local:8080", await scheduler.Url.GetAsync());
    }

    [Fact]
    public async Task SchedulerProbesUseTheServiceHealthEndpoints()
    {
        var (mocks, _) = await K8sTest.DeployAsync(() => new SchedulerDeployment("scheduler", K8sTest.SchedulerArgs()));
        var container = Assert.Single(mocks.OfType(DeploymentType)).PodSpec().Objs("containers").Single();
        Assert.Equal("/readyz", container.Obj("readinessProbe").Obj("httpGet").Str("path"));
        Assert.Equal("/healthz", container.Obj("livenessProbe").Obj("httpGet").Str("path"));
        Assert.True((bool)container.Obj("securityContext")["readOnlyRootFilesystem"]);
    }

    [Fact]
    public async Task PriceTablesAreMountedWhereTheImageReadsThem()
    {
        var args = K8sTest.SchedulerArgs();
        var withPrices = new SchedulerDeploymentArgs
        {
            Image = args.Image, Version = args.Version, Settings = args.Settings, Cloud = args.Cloud,
            PricingTables = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("aws.csv", "instance_type,gpu\n"),
        };
        var (mocks, _) = await K8sTest.DeployAsync(() => new SchedulerDeployment("scheduler", withPrices));
        var pricing = mocks.OfType("kubernetes:core/v1:ConfigMap").Single(c => c.Inputs.Obj("metadata").Str("name") == "scheduler-pricing");
        Assert.Equal("instance_type,gpu\n", pricing.Inputs.Obj("data")["aws.csv"]);
        var container = Assert.Single(mocks.OfType(DeploymentType)).PodSpec().Objs("containers").Single();
        Assert.Contains(container.Objs("volumeMounts"), m => m.Str("mountPath") == SchedulerDeployment.PricingDirectory);
    }

    [Fact]
    public void OversizedOrBadlyNamedPriceTablesAreRefused()
    {
        var args = K8sTest.SchedulerArgs();
        var errors = SchedulerDeploymentPlan.Validate(new SchedulerDeploymentArgs
        {
            Image = args.Image, Version = args.Version, Settings = args.Settings, Cloud = args.Cloud,
            PricingTables = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty
                .Add("big.csv", new string('x', 1_100_000))
                .Add("dir/prices.txt", "x"),
        });
        Assert.Contains(errors, e => e.Path == "services.scheduler.pricingTables");
        Assert.Contains(errors, e => e.Path == "services.scheduler.pricingTables[dir/prices.txt]");
    }
}
