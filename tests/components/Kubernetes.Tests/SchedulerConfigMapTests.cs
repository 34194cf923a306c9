using System.Collections.Immutable;
using MlPlatform.CostModel;
using MlPlatform.Scheduler.Configuration;

namespace MlPlatform.Components.Kubernetes.Tests;

public sealed class SchedulerConfigMapTests
{
    [Fact]
    public void TeamsQuotasAndBudgetsComeFromTheStackConfig()
    {
        var data = SchedulerConfigMap.Data(K8sTest.Settings());
        Assert.Equal("vision", data["Scheduler__Teams__0__Name"]);
        Assert.Equal("16", data["Scheduler__Teams__0__GpuQuota"]);
        Assert.Equal("20000", data["Scheduler__Teams__0__MonthlyBudgetUsd"]);
        Assert.Equal("nlp", data["Scheduler__Teams__1__Name"]);
        Assert.Equal("2", data["Scheduler__Teams__1__Weight"]);
        Assert.Equal("false", data["Scheduler__Teams__1__CanBorrow"]);
    }

    [Fact]
    public void ATeamWithoutABudgetGetsNoBudgetKeySoTheSchedulerAppliesNone()
    {
        var settings = K8sTest.Settings() with { Teams = [K8sTest.Team("vision", 16, null), K8sTest.Team("nlp", 8, 0m)] };

        var data = SchedulerConfigMap.Data(settings);

        Assert.False(data.ContainsKey("Scheduler__Teams__0__MonthlyBudgetUsd"));
        Assert.Equal("0", data["Scheduler__Teams__1__MonthlyBudgetUsd"]);
    }

    [Fact]
    public void SpotPolicyAndPoolsAreWritten()
    {
        var data = SchedulerConfigMap.Data(K8sTest.Settings());
        Assert.Equal("spot-first-with-fallback", data["Scheduler__Policy__CapacityStrategy"]);
        Assert.Equal("00:30:00", data["Scheduler__Policy__QueueAgeThreshold"]);
        Assert.Equal("spot", data["Scheduler__Pools__0__Capacity"]);
        Assert.Equal("aws", data["Scheduler__Pools__0__Cloud"]);
        Assert.Equal("on-demand", data["Scheduler__Pools__1__Capacity"]);
    }

    [Fact]
    public void ExecutorRunsJobsOnKubernetesAndRefusesDevelopmentTokens()
    {
        var data = SchedulerConfigMap.Data(K8sTest.Settings());
        Assert.Equal("kubernetes", data["Scheduler__Executor__Kind"]);
        Assert.Equal("mlplatform-jobs", data["Scheduler__Executor__Namespace"]);
        Assert.Equal("true", data["Scheduler__RequireStrongTokens"]);
    }

    [Fact]
    public void TeamsWithNamespacesRunTheirJobsThereAsTheirTrainer()
    {
        var settings = K8sTest.Settings() with
        {
            Teams = [K8sTest.Team("vision", 16, 20000m, "vision"), K8sTest.Team("nlp", 8, 5000m, "nlp")],
        };

        var data = SchedulerConfigMap.Data(settings);

        Assert.Equal("vision", data["Scheduler__Teams__0__Namespace"]);
        Assert.Equal("nlp", data["Scheduler__Teams__1__Namespace"]);
        Assert.Equal(PlatformServiceAccounts.TrainerName, data["Scheduler__Executor__ServiceAccount"]);
    }

    [Fact]
    public void WithoutTeamNamespacesJobsKeepTheJobsNamespaceDefaultAccount()
    {
        var data = SchedulerConfigMap.Data(K8sTest.Settings());

        Assert.DoesNotContain(data.Keys, k => k.EndsWith("__Namespace", StringComparison.Ordinal) && k.Contains("Teams", StringComparison.Ordinal));
        Assert.False(data.ContainsKey("Scheduler__Executor__ServiceAccount"));
    }

    [Fact]
    public void NoTokenOrConnectionStringEverLandsInTheConfigMap()
    {
        var data = SchedulerConfigMap.Data(K8sTest.Settings(StoreOptions.Postgres));
        Assert.DoesNotContain(data.Keys, k => k.EndsWith("Token", StringComparison.Ordinal) || k.Contains("ConnectionString", StringComparison.Ordinal));
        Assert.Equal("postgres", data["Scheduler__Store__Provider"]);
    }

    [Fact]
    public void SqliteStoreLivesOnTheStateVolume() =>
        Assert.Equal("/var/lib/scheduler/scheduler.db", SchedulerConfigMap.Data(K8sTest.Settings())["Scheduler__Store__SqlitePath"]);

    [Fact]
    public void KeysAreValidEnvironmentVariableNames() =>
        Assert.All(SchedulerConfigMap.Data(K8sTest.Settings()).Keys, k => Assert.Matches("^[A-Za-z_][A-Za-z0-9_]*$", k));

    [Fact]
    public void InvalidSettingsReportEveryProblem()
    {
        var settings = K8sTest.Settings() with
        {
            Teams = [K8sTest.Team("a", -1, -5), K8sTest.Team("a", 1, 1), K8sTest.Team("", 1, null)],
            Pools = [],
            StateStore = "mysql",
        };
        var paths = SchedulerConfigMap.Validate(settings).Select(e => e.Path).ToList();
        Assert.Contains("scheduler.teams", paths);
        Assert.Contains("scheduler.teams[0].gpuQuota", paths);
        Assert.Contains("scheduler.teams[0].monthlyBudgetUsd", paths);
        Assert.Contains("scheduler.pools", paths);
        Assert.Contains("scheduler.stateStore", paths);
        Assert.Contains("scheduler.teams[2].name", paths);
    }

    [Fact]
    public void GpuPoolSplitsIntoSpotAndOnDemandSchedulerPools()
    {
        var spec = new GpuPoolSpec("a10g", ["g5.12xlarge", "g5.24xlarge", "g6.12xlarge"], ["g5.12xlarge"], 0, 8, SpotPercentage: 75, OnDemandBaseCount: 0, GpuSharingReplicas: 2);
        var pools = SchedulerPools.From(spec, Cloud.Aws, "us-east-1");
        var spot = pools.Single(p => p.Capacity == "spot");
        var onDemand = pools.Single(p => p.Capacity == "on-demand");
        Assert.Equal(("a10g-spot", 6, true), (spot.Name, spot.Nodes, spot.AllowsSharing));
        Assert.Equal(("a10g-od", 8), (onDemand.Name, onDemand.Nodes));
    }

    [Fact]
    public void OnDemandOnlyPoolHasNoSpotSchedulerPool()
    {
        var spec = new GpuPoolSpec("serve", ["g6.xlarge"], [], 1, 4, SpotPercentage: 0);
        Assert.Equal(["on-demand"], SchedulerPools.From(spec, Cloud.Azure, "eastus").Select(p => p.Capacity).ToArray());
    }

    [Fact]
    public void DefaultQueuesGiveUrgentTheHigherPriority()
    {
        var queues = SchedulerSettings.DefaultQueues.ToImmutableDictionary(q => q.Name!, q => q.Priority);
        Assert.True(queues["urgent"] > queues["default"]);
    }
}
