using System.Text.Json.Nodes;

namespace MlPlatform.Policies.Tests;

public class ConfigCheckTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    [InlineData("dev-azure")]
    [InlineData("prod-azure")]
    public void ShippedStackConfigsPassEveryMandatoryRule(string stack)
    {
        var result = ConfigCheck.Evaluate(Repository.Config(stack), Build.Costs, stack);

        Assert.False(result.HasMandatoryViolations, string.Join("\n", result.Mandatory));
        Assert.True(result.Costs.Total.MaxUsdPerMonth > 0);
        Assert.NotEmpty(result.Costs.Pools);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("dev-azure")]
    public void ConfigWithoutForecastAlertsIsRejectedBeforeTheProgramRuns(string stack)
    {
        var config = Repository.Config(stack, values =>
        {
            var budget = JsonNode.Parse(values["budget"])!.AsObject();
            budget["forecastThresholds"] = new JsonArray();
            values["budget"] = budget.ToJsonString();
            return values;
        });

        var result = ConfigCheck.Evaluate(config, Build.Costs, stack);

        var violation = Assert.Single(result.Mandatory, v => v.RuleId == RuleIds.BudgetAlerts);
        Assert.Equal("a FORECASTED notification", violation.Limit);
    }

    [Fact]
    public void OverBudgetDevConfigIsRejectedWithEveryBreachedLimit()
    {
        // Ten times the L4 pool: 40 nodes of up to one GPU each, on-demand when spot is gone.
        var config = Repository.Config("dev", values =>
        {
            var pools = JsonNode.Parse(values["gpuPools"])!.AsArray();
            pools[0]!["maxNodes"] = 40;
            values["gpuPools"] = pools.ToJsonString();
            return values;
        });

        var result = ConfigCheck.Evaluate(config, Build.Costs, "dev");

        Assert.True(result.HasMandatoryViolations);
        var byRule = result.Mandatory.ToLookup(v => v.RuleId);
        Assert.Equal("40", Assert.Single(byRule[RuleIds.MaxGpusPerPool]).Measured);
        Assert.Equal("8", byRule[RuleIds.MaxGpusPerPool].Single().Limit);
        Assert.Equal("40", Assert.Single(byRule[RuleIds.MaxGpusPerEnvironment]).Measured);
        Assert.Equal("4000.00", Assert.Single(byRule[RuleIds.StackMonthlyCap]).Limit);
        Assert.Equal("3000.00", Assert.Single(byRule[RuleIds.PoolMonthlyCap]).Limit);
        Assert.Equal(result.Costs.Total.MaxUsdPerMonth, decimal.Parse(byRule[RuleIds.StackMonthlyCap].Single().Measured, System.Globalization.CultureInfo.InvariantCulture), 2);
    }
}
