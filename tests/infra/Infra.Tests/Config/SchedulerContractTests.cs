using Microsoft.Extensions.Configuration;
using MlPlatform.Components.Kubernetes;
using MlPlatform.CostModel;
using MlPlatform.Infra.Kubernetes;
using MlPlatform.Scheduler.Configuration;
using MlPlatform.Stacks.Config;

namespace MlPlatform.Infra.Tests.Config;

/// <summary>
/// The stack → scheduler contract end to end: the ConfigMap the stack generates, plus the secrets the pod maps in, is
/// bound and validated exactly as the scheduler does at start-up, and the engine sees the stack's teams and pools.
/// </summary>
public sealed class SchedulerContractTests
{
    private static readonly Lazy<PriceCatalog> Prices = new(() => PriceCatalogLoader.LoadDirectory(PriceCatalogLoader.DefaultDirectory(PlatformRun.Root)));

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    [InlineData("dev-azure")]
    [InlineData("prod-azure")]
    public void TheGeneratedConfigMapPassesTheSchedulersOwnValidator(string stack)
    {
        var config = StackConfig(stack);
        var options = Bind(SchedulerConfigMap.Data(KubernetesPlatform.SchedulerSettingsFor(config)), config.Teams.Length);

        var result = new SchedulerOptionsValidator(Prices.Value).Validate(null, options);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Failures ?? []));
    }

    [Theory]
    [InlineData("prod")]
    [InlineData("dev-azure")]
    public void TheEngineSeesTheStacksTeamsBudgetsAndPoolCapacity(string stack)
    {
        var config = StackConfig(stack);
        var settings = KubernetesPlatform.SchedulerSettingsFor(config);
        var options = Bind(SchedulerConfigMap.Data(settings), config.Teams.Length);

        var engine = SchedulerConfigurationFactory.Create(options, Prices.Value);

        Assert.Equal(
            config.Teams.Select(t => (t.Name, (decimal)t.GpuQuota, t.MonthlyBudgetUsd)),
            engine.Teams.Select(t => (t.Name, t.GpuQuota, t.MonthlyBudgetUsd)));
        Assert.Equal(settings.Pools.Select(p => (p.Name, p.Nodes, p.InstanceType)), engine.Pools.Select(p => ((string?)p.Name, p.NodeCount, p.InstanceType)));
        Assert.All(engine.Pools, p => Assert.True(p.GpusPerNode > 0, $"{p.Name} has no GPUs in the price tables"));
    }

    [Fact]
    public void ATeamWithoutABudgetHasNoBudgetInTheEngine()
    {
        var config = StackConfig("dev");
        config = config with { Teams = [config.Teams[0] with { MonthlyBudgetUsd = null }, .. config.Teams.Skip(1)] };
        var options = Bind(SchedulerConfigMap.Data(KubernetesPlatform.SchedulerSettingsFor(config)), config.Teams.Length);

        var engine = SchedulerConfigurationFactory.Create(options, Prices.Value);

        Assert.Null(engine.Teams[0].MonthlyBudgetUsd);
    }

    [Fact]
    public void AConfigMapTheSchedulerWouldRefuseIsCaughtHere()
    {
        var config = StackConfig("dev");
        var data = SchedulerConfigMap.Data(KubernetesPlatform.SchedulerSettingsFor(config))
            .SetItem("Scheduler__Pools__0__InstanceType", "p9.mega");
        var options = Bind(data, config.Teams.Length);

        var result = new SchedulerOptionsValidator(Prices.Value).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("Scheduler:Pools:0", StringComparison.Ordinal));
    }

    private static PlatformConfig StackConfig(string stack) =>
        PlatformConfigPipeline.Read(StackFile.Load(PlatformRun.Root, stack).Namespace(StackConfigReader.Namespace), stack, Prices.Value);

    // What the pod's environment holds: the ConfigMap (envFrom) and the secrets mapped to their keys.
    private static SchedulerOptions Bind(IReadOnlyDictionary<string, string> configMap, int teams)
    {
        var environment = new Dictionary<string, string?>(configMap.Select(kv => KeyValuePair.Create(SchedulerEnvironment.ConfigurationPath(kv.Key), (string?)kv.Value)))
        {
            [SchedulerEnvironment.ConfigurationPath(SchedulerEnvironment.AdminTokenKey)] = StrongToken("admin"),
            [SchedulerEnvironment.ConfigurationPath(SchedulerEnvironment.PostgresConnectionStringKey)] = "Host=db.internal;Database=scheduler;Username=scheduler;Password=pw;SSL Mode=VerifyFull",
        };
        for (var i = 0; i < teams; i++)
        {
            environment[SchedulerEnvironment.ConfigurationPath(SchedulerEnvironment.TeamTokenKey(i))] = StrongToken($"team{i}");
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(environment).Build();
        var options = new SchedulerOptions();
        configuration.GetSection(SchedulerOptions.SectionName).Bind(options);
        return options;
    }

    private static string StrongToken(string seed) => $"{seed}-{new string('k', 40)}";
}
