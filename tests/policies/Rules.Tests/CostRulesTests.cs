using MlPlatform.CostModel;
using static MlPlatform.Policies.Tests.Build;

namespace MlPlatform.Policies.Tests;

public class CostRulesTests
{
    private static readonly string[] L4 = ["g6.xlarge", "g6.2xlarge", "g6.4xlarge"];

    private static decimal OnDemandL4 => Costs.Gpu.HourlyPrice(Cloud.Aws, "g6.xlarge", "us-east-1", CapacityType.OnDemand).UsdPerHour;

    [Fact]
    public void StackMaxCostIsPricedFromTheRealTables()
    {
        // Spot gone: 4 on-demand g6.xlarge; plus the EKS control plane at its list price.
        var spec = Spec("l4", L4, 0, 4);
        var cluster = Resource(ResourceTypes.EksCluster, "eks", Map(("vpcConfig", Map(("endpointPublicAccess", false)))));
        var expected = ((4 * OnDemandL4) + 0.10m) * 730;

        var pass = Evaluate(new StackMonthlyCapRule(), Context(new PolicyLimits(MonthlyCostCapUsd: decimal.Ceiling(expected))), Pool(spec).Append(cluster));
        var fail = Evaluate(new StackMonthlyCapRule(), Context(new PolicyLimits(MonthlyCostCapUsd: 1000)), Pool(spec).Append(cluster));

        Assert.Empty(pass.Violations);
        var violation = Assert.Single(fail.Violations);
        Assert.Equal(RuleIds.StackMonthlyCap, violation.RuleId);
        Assert.Equal(Show.Usd(expected), violation.Measured);
        Assert.Equal("1000.00", violation.Limit);
        Assert.Equal(expected, fail.Costs.Total.MaxUsdPerMonth);
    }

    [Fact]
    public void PoolCapNamesTheDearPoolOnly()
    {
        var cheap = Spec("l4", L4, 0, 2);
        var dear = Spec("train", ["g6.12xlarge"], 0, 8);

        var result = Evaluate(new PoolMonthlyCapRule(), Context(new PolicyLimits(PoolMonthlyCostCapUsd: 5000)), Pool(cheap).Concat(Pool(dear)));

        var violation = Assert.Single(result.Violations);
        Assert.Equal(Urn(ResourceTypes.EksNodeGroup, "train-spot"), violation.Urn);
        var price = Costs.Gpu.HourlyPrice(Cloud.Aws, "g6.12xlarge", "us-east-1", CapacityType.OnDemand).UsdPerHour;
        Assert.Equal(Show.Usd(8 * price * 730), violation.Measured);
        Assert.Equal("5000.00", violation.Limit);
    }

    [Fact]
    public void TeamCostIsItsQuotaOnTheDearestOnDemandGpu()
    {
        var spec = Spec("l4", L4, 0, 8);
        var context = Context(new PolicyLimits(TeamMonthlyCostCapUsd: 2000), teams: [new("vision", 4), new("nlp", 2)], pools: [spec]);

        var result = Evaluate(new TeamMonthlyCapRule(), context, Pool(spec));

        var violation = Assert.Single(result.Violations);
        Assert.Equal(Show.Usd(4 * OnDemandL4 * 730), violation.Measured);
        Assert.Equal("2000.00", violation.Limit);
        Assert.Equal(2, result.Costs.Teams.Length);
    }

    [Fact]
    public void MissingBudgetIsReported()
    {
        var result = Evaluate(new BudgetCoversEstimateRule(), Context(), Pool(Spec("l4", L4, 1, 4)));

        var violation = Assert.Single(result.Violations);
        Assert.Equal("no monthly cost budget", violation.Measured);
        Assert.Equal(Show.Usd(result.Costs.Total.ExpectedUsdPerMonth), violation.Limit);
    }

    [Fact]
    public void BudgetBelowTheExpectedCostIsReportedAndOneAboveItPasses()
    {
        var pool = Pool(Spec("l4", L4, 1, 4)).ToList();

        var low = Evaluate(new BudgetCoversEstimateRule(), Context(), pool.Append(Budget("team", "10")).Append(Budget("env", "100.0")));
        var high = Evaluate(new BudgetCoversEstimateRule(), Context(), pool.Append(Budget("env", "4000")));

        var violation = Assert.Single(low.Violations);
        Assert.Equal(Urn(ResourceTypes.AwsBudget, "env"), violation.Urn);
        Assert.Equal("100.00", violation.Measured);
        Assert.Empty(high.Violations);
    }

    [Fact]
    public void BudgetWithUnknownLimitIsNotJudged()
    {
        var budget = Resource(ResourceTypes.AwsBudget, "env", Map(("budgetType", "COST"), ("timeUnit", "MONTHLY"), ("limitAmount", UnknownValue.Instance)));

        Assert.Empty(Evaluate(new BudgetCoversEstimateRule(), Context(), Pool(Spec("l4", L4, 1, 4)).Append(budget)).Violations);
    }

    [Fact]
    public void SpotPoolWithoutEnoughFallbackIsReported()
    {
        var ok = Pool(Spec("l4", L4, 0, 4));
        var spotOnly = NodeGroup("bare-spot", "SPOT", L4, 0, 6, "bare");
        var smallFallback = NodeGroup("bare-ondemand", "ON_DEMAND", ["g6.xlarge"], 0, 2, "bare");

        var result = Evaluate(new SpotPoolHasOnDemandFallbackRule(), Context(environment: "prod"), ok.Append(spotOnly).Append(smallFallback));

        var violation = Assert.Single(result.Violations);
        Assert.Equal(spotOnly.Urn, violation.Urn);
        Assert.Equal(("2 on-demand nodes", "6 nodes"), (violation.Measured, violation.Limit));
        Assert.Equal(EnforcementLevel.Mandatory, violation.Enforcement);
        Assert.Equal(EnforcementLevel.Advisory, Assert.Single(Evaluate(new SpotPoolHasOnDemandFallbackRule(), Context(), [spotOnly]).Violations).Enforcement);
    }

    [Fact]
    public void ConfiguredPoolEstimateMatchesTheNodeGroupEstimate()
    {
        var spec = Spec("serve", L4, 2, 12, spot: 50, baseCount: 2, latencyCritical: true);

        var fromConfig = GpuPoolCostEstimator.Estimate(spec, Cloud.Aws, "us-east-1", Costs);
        var fromResources = Evaluate(new PoolMonthlyCapRule(), Context(pools: [spec]), Pool(spec)).Costs.Pools.Single().Range;

        Assert.Equal(fromConfig, fromResources);
        Assert.True(fromConfig.MinUsdPerHour < fromConfig.ExpectedUsdPerHour && fromConfig.ExpectedUsdPerHour < fromConfig.MaxUsdPerHour);
    }
}
