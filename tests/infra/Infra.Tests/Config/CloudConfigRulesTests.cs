using System.Text.Json.Nodes;
using MlPlatform.CostModel;
using MlPlatform.Infra.Aws;
using MlPlatform.Infra.Azure;
using MlPlatform.Stacks.Config;
using MlPlatform.Stacks.Config.Binding;
using MlPlatform.Stacks.Config.Rules;

namespace MlPlatform.Infra.Tests.Config;

/// <summary>The AWS and Azure rules check the stack with the components' own logic and report full config paths.</summary>
public sealed class CloudConfigRulesTests
{
    private static readonly Lazy<PriceCatalog> Prices = new(() => PriceCatalogLoader.LoadDirectory(PriceCatalogLoader.DefaultDirectory(PlatformRun.Root)));

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    [InlineData("dev-azure")]
    [InlineData("prod-azure")]
    public void TheCommittedStacksPassTheWholePipeline(string stack) =>
        Assert.Equal(stack, PlatformConfigPipeline.Read(Values(stack), stack, Prices.Value).Environment);

    [Fact]
    public void AwsRefusesANetworkSmallerThanTheSubnetPlanCuts()
    {
        var values = Values("dev");
        values["cluster"] = Edit(values["cluster"], c => c["networkCidr"] = "10.40.0.0/21");

        var error = Assert.Single(Check(new AwsConfigRules(), values, "dev"));

        Assert.Equal("mlplatform:cluster.networkCidr", error.Path);
        Assert.Contains("between /16 and /20", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AwsNamesTheConfigsTeamIndexForATeamBudgetProblem()
    {
        var values = Values("dev");
        var recipients = new JsonArray([.. Enumerable.Range(0, 11).Select(i => JsonValue.Create($"lead{i}@example.com"))]);
        values["teams"] = JsonSerializerArray(
            new JsonObject { ["name"] = "vision", ["gpuQuota"] = 2 },
            new JsonObject { ["name"] = "nlp", ["gpuQuota"] = 2, ["monthlyBudgetUsd"] = 500, ["recipients"] = recipients });

        var error = Assert.Single(Check(new AwsConfigRules(), values, "dev"));

        Assert.Equal("mlplatform:teams[1].recipients", error.Path);
    }

    [Fact]
    public void AwsRulesSayNothingAboutAnAzureStack() =>
        Assert.Empty(Check(new AwsConfigRules(), Values("dev-azure"), "dev-azure"));

    [Fact]
    public void AzureRefusesMoreThanThreeZonesAndAdminsThatAreNotGroupIds()
    {
        var values = Values("dev-azure");
        values["cluster"] = Edit(values["cluster"], c =>
        {
            c["availabilityZones"] = 4;
            c["adminPrincipals"] = new JsonArray("platform-admins");
        });

        var errors = Check(new AzureConfigRules(), values, "dev-azure");

        Assert.Equal(["mlplatform:cluster.availabilityZones", "mlplatform:cluster.adminPrincipals[0]"], errors.Select(e => e.Path));
    }

    [Fact]
    public void AzureAllowsASlash22ThatAwsRefuses()
    {
        var azure = Values("dev-azure");
        azure["cluster"] = Edit(azure["cluster"], c => c["networkCidr"] = "10.40.0.0/22");
        var aws = Values("dev");
        aws["cluster"] = Edit(aws["cluster"], c => c["networkCidr"] = "10.40.0.0/22");

        Assert.Empty(Check(new AzureConfigRules(), azure, "dev-azure"));
        Assert.Contains(Check(new AwsConfigRules(), aws, "dev"), e => e.Path == "mlplatform:cluster.networkCidr");
    }

    [Fact]
    public void AzureNeedsSomeoneToNotifyOfATeamBudget()
    {
        var values = Values("dev-azure");
        values["budget"] = Edit(values["budget"], b => b["recipients"] = new JsonArray());

        var errors = Check(new AzureConfigRules(), values, "dev-azure");

        Assert.Contains(errors, e => e.Path == "mlplatform:teams[1].recipients");
        Assert.DoesNotContain(errors, e => e.Path == "mlplatform:teams[0].recipients");
    }

    private static List<MlPlatform.Components.SpecError> Check(IConfigRule rule, Dictionary<string, string> values, string stack)
    {
        var bound = StackConfigBinder.Bind(values, stack);
        Assert.Empty(bound.Errors);

        return [.. rule.Check(new ConfigRuleContext(bound, Prices.Value))];
    }

    private static Dictionary<string, string> Values(string stack) =>
        new(StackFile.Load(PlatformRun.Root, stack).Namespace(StackConfigReader.Namespace));

    private static string JsonSerializerArray(params JsonNode[] items) => new JsonArray(items).ToJsonString();

    private static string Edit(string json, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(json)!;
        edit(node);
        return node.ToJsonString();
    }
}
