using System.Text.Json.Nodes;
using MlPlatform.Components;
using MlPlatform.Stacks.Config.Binding;
using MlPlatform.Stacks.Config.Rules;

namespace MlPlatform.Stacks.Config.Tests.Rules;

/// <summary>
/// Each cloud-neutral rule class on its own: silent on the committed stacks, and reporting one concept's problem with
/// the full <c>mlplatform:</c> path when the stack breaks it.
/// </summary>
public sealed class ConfigRuleTests
{
    public static TheoryData<string> Rules => [.. StackConfigValidator.CloudNeutralRules.Select(r => r.Concept)];

    [Theory]
    [MemberData(nameof(Rules))]
    public void EveryRuleIsSilentOnTheCommittedStacks(string concept)
    {
        var rule = Rule(concept);
        foreach (var stack in new[] { "dev", "prod", "dev-azure", "prod-azure" })
        {
            Assert.Empty(Check(rule, Values(stack), stack));
        }
    }

    [Fact]
    public void ClusterRuleRefusesARegionWithoutGpuOfferings()
    {
        var values = Values("dev");
        values["region"] = "xx-nowhere-1";

        var error = Assert.Single(Check(new ClusterConfigRule(), values, "dev"));

        Assert.Equal("mlplatform:region", error.Path);
        Assert.Contains("no GPU offerings", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ClusterRuleRefusesKarpenterAndNamedZonesOnAzure()
    {
        var values = Values("dev-azure");
        values["cluster"] = Edit(values["cluster"], c =>
        {
            c["provisioner"] = "karpenter";
            c["zones"] = new JsonArray("eastus-1", "eastus-2");
        });

        var paths = Check(new ClusterConfigRule(), values, "dev-azure").Select(e => e.Path);

        Assert.Equal(["mlplatform:cluster.provisioner", "mlplatform:cluster.zones"], paths);
    }

    [Fact]
    public void NetworkRuleNeedsAPremiumRegistryForPrivateEndpoints()
    {
        var values = Values("dev-azure");
        values["network"] = """{"privateEndpoints": true}""";

        var error = Assert.Single(Check(new NetworkConfigRule(), values, "dev-azure"));

        Assert.Equal("mlplatform:network.privateEndpoints", error.Path);
        Assert.Contains("mlplatform:registry.sku premium", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void PoolsRuleRefusesDuplicateNames()
    {
        var values = Values("dev");
        values["gpuPools"] = Edit(values["gpuPools"], pools => pools.AsArray().Add(pools[0]!.DeepClone()));

        var error = Assert.Single(Check(new PoolsConfigRule(), values, "dev"));

        Assert.Equal("mlplatform:gpuPools", error.Path);
        Assert.Contains("is used 2 times", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void StorageRuleRefusesAzureOnlySettingsOnAws()
    {
        var values = Values("dev");
        values["registry"] = Edit(values["registry"], r => r["sku"] = "premium");

        var error = Assert.Single(Check(new StorageConfigRule(), values, "dev"));

        Assert.Equal("mlplatform:registry.sku", error.Path);
    }

    [Fact]
    public void BudgetRuleCapsAzureNotifications()
    {
        var values = Values("dev-azure");
        values["budget"] = Edit(values["budget"], b => b["actualThresholds"] = new JsonArray(10, 20, 30, 40, 50));

        var error = Assert.Single(Check(new BudgetConfigRule(), values, "dev-azure"));

        Assert.Equal("mlplatform:budget", error.Path);
        Assert.Contains("at most 5 notifications (got 5 actual + 1 forecast)", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TeamsRuleRefusesDuplicateNames()
    {
        var values = Values("dev");
        values["teams"] = Edit(values["teams"], teams => teams.AsArray().Add(teams[0]!.DeepClone()));

        var error = Assert.Single(Check(new TeamsConfigRule(), values, "dev"));

        Assert.Equal("mlplatform:teams", error.Path);
    }

    [Fact]
    public void ModelsRuleChecksTeamGpuAndWeights()
    {
        var values = Values("dev");
        values["models"] = Edit(values["models"], models =>
        {
            models[0]!["team"] = "nobody";
            models[0]!["gpuType"] = "H100";
            models[0]!["versions"]![0]!["weight"] = 60;
        });

        var paths = Check(new ModelsConfigRule(), values, "dev").Select(e => e.Path);

        Assert.Equal(["mlplatform:models[0].team", "mlplatform:models[0].gpuType", "mlplatform:models[0].versions"], paths);
    }

    [Fact]
    public void ServicesRuleNeedsPostgresForSeveralSchedulerReplicas()
    {
        var values = Values("dev");
        values["services"] = Edit(values["services"], s => s["scheduler"]!["replicas"] = 2);

        var error = Assert.Single(Check(new ServicesConfigRule(), values, "dev"));

        Assert.Equal("mlplatform:services.scheduler.replicas", error.Path);
    }

    [Fact]
    public void PolicyRuleRefusesContradictingUnverifiableSettings()
    {
        var values = Values("dev");
        values["policy"] = Edit(values["policy"], p =>
        {
            p["unverifiable"] = "advisory";
            p["enforcement"] = new JsonObject { ["policy-unverifiable-capacity"] = "mandatory" };
        });

        var error = Assert.Single(Check(new PolicyConfigRule(), values, "dev"));

        Assert.Equal("mlplatform:policy.unverifiable", error.Path);
    }

    [Fact]
    public void AddonsRuleRefusesAPrometheusAddressBesideTheStacksOwnPrometheus()
    {
        var values = Values("dev");
        values["addons"] = """{"prometheus": {"address": "http://prometheus.monitoring.svc:9090"}}""";

        var error = Assert.Single(Check(new AddonsConfigRule(), values, "dev"));

        Assert.Equal("mlplatform:addons.prometheus.address", error.Path);
        Assert.Contains("applies only with prometheus.enabled: false", error.Problem, StringComparison.Ordinal);
    }

    private static IConfigRule Rule(string concept) => StackConfigValidator.CloudNeutralRules.Single(r => r.Concept == concept);

    private static List<SpecError> Check(IConfigRule rule, Dictionary<string, string> values, string stack)
    {
        var bound = StackConfigBinder.Bind(values, stack);
        Assert.Empty(bound.Errors);
        return [.. rule.Check(new ConfigRuleContext(bound, RepositoryFiles.Prices))];
    }

    private static Dictionary<string, string> Values(string stack) =>
        new(StackFile.Load(RepositoryFiles.Root, stack).Namespace(StackConfigReader.Namespace));

    private static string Edit(string json, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(json)!;
        edit(node);
        return node.ToJsonString();
    }
}
