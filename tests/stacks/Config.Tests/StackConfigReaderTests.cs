using System.Collections.Immutable;
using System.Text.Json;
using MlPlatform.CostModel;

namespace MlPlatform.Stacks.Config.Tests;

public sealed class StackConfigReaderTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void CommittedStackFilesAreValid(string stack)
    {
        var file = StackFile.Load(RepositoryFiles.Root, stack);

        var config = StackConfigReader.Read(file.Namespace("mlplatform"), stack, RepositoryFiles.Prices);

        Assert.Equal(stack, config.Environment);
        Assert.Equal(Cloud.Aws, config.Cloud);
        Assert.NotEmpty(config.GpuPools);
        Assert.All(config.GpuPools, p => Assert.True(p.InstanceTypes.Length >= 3));
    }

    [Fact]
    public void ProdHasPrivateEndpointAndOnDemandFloorForServing()
    {
        var config = Read(StackFile.Load(RepositoryFiles.Root, "prod").Namespace("mlplatform"));

        Assert.True(config.IsProduction);
        Assert.True(config.Cluster.PrivateEndpoint);
        var serve = Assert.Single(config.GpuPools, p => p.Name == "serve");
        Assert.Equal(2, serve.OnDemandBaseCount);
        Assert.True(serve.LatencyCritical);
        Assert.Equal(SchedulerStateStore.Postgres, config.Services.Scheduler.StateStore);
    }

    [Fact]
    public void MaxBelowMinNamesTheFullKeyPathAndBothValues()
    {
        var values = Dev();
        values["gpuPools"] = """[{"name":"l4","instanceTypes":["g6.xlarge","g6.2xlarge","g6.4xlarge"],"minNodes":4,"maxNodes":2}]""";

        var error = Assert.Throws<StackConfigException>(() => Read(values));

        Assert.Contains("mlplatform:gpuPools[0].maxNodes must be >= minNodes (got 2 < 4)", error.Errors);
    }

    [Fact]
    public void EveryProblemIsReportedAtOnce()
    {
        var values = Dev();
        values["cloud"] = "gcp";
        values["gpuPools"] = """[{"name":"l4","instanceTypes":["g6.xlarge","g6.2xlarge","m5.large"],"minNodes":0,"maxNodes":2,"spotPercentage":140}]""";
        values["budget"] = """{"monthlyLimitUsd":0,"recipients":["not-an-email"]}""";

        var error = Assert.Throws<StackConfigException>(() => Read(values));

        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:cloud must be one of aws, azure", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:gpuPools[0].spotPercentage must be between 0 and 100 (got 140)", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:gpuPools[0].instanceTypes[2]", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:budget.monthlyLimitUsd must be >= 1", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:budget.recipients[0] must be an e-mail address", StringComparison.Ordinal));
        Assert.True(error.Errors.Count >= 5);
    }

    [Fact]
    public void UnknownKeysAreRejectedAsLikelyTypos()
    {
        var values = Dev();
        values["gpuPool"] = "[]";
        values["cluster"] = """{"name":"mlp-dev","privateEndpiont":true}""";

        var error = Assert.Throws<StackConfigException>(() => Read(values));

        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:gpuPool is not a known setting", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:cluster.privateEndpiont is not a known setting", StringComparison.Ordinal));
    }

    [Fact]
    public void ImagesMustBeReferencedByDigest()
    {
        var values = Dev();
        var services = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, object>>>(values["services"])!;
        services["inference"]["image"] = "ghcr.io/mlplatform/inference:latest";
        values["services"] = JsonSerializer.Serialize(services);

        var error = Assert.Throws<StackConfigException>(() => Read(values));

        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:services.inference.image must reference an image by digest", StringComparison.Ordinal));
    }

    [Fact]
    public void ASqliteSchedulerHasExactlyOneReplica()
    {
        var values = Dev();
        var services = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, object>>>(values["services"])!;
        services["scheduler"]["replicas"] = 2;
        values["services"] = JsonSerializer.Serialize(services);

        var error = Assert.Throws<StackConfigException>(() => Read(values));

        Assert.Contains("mlplatform:services.scheduler.replicas must be 1 with stateStore: sqlite (one pod's file); run 2 or more with stateStore: postgres, where the replicas elect a leader (got 2)", error.Errors);
    }

    [Fact]
    public void CanaryWeightsMustSumToOneHundred()
    {
        var values = Dev();
        values["models"] = """[{"name":"ocr","team":"vision","versions":[{"version":"1","weight":90},{"version":"2","weight":20}]}]""";

        var error = Assert.Throws<StackConfigException>(() => Read(values));

        Assert.Contains("mlplatform:models[0].versions weights must sum to 100 (got 110)", error.Errors);
    }

    [Fact]
    public void ShadowVersionMustNotAlsoTakeLiveTraffic()
    {
        var values = Dev();
        values["models"] = """[{"name":"ocr","team":"vision","versions":[{"version":"1","weight":100}],"shadow":{"version":"1","percent":10}}]""";

        var error = Assert.Throws<StackConfigException>(() => Read(values));

        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:models[0].shadow.version '1' already receives live traffic", StringComparison.Ordinal));
    }

    [Fact]
    public void ModelTeamMustBeAConfiguredTeam()
    {
        var values = Dev();
        values["models"] = """[{"name":"ocr","team":"robotics","versions":[{"version":"1","weight":100}]}]""";

        var error = Assert.Throws<StackConfigException>(() => Read(values));

        Assert.Contains("mlplatform:models[0].team 'robotics' is not one of the teams in mlplatform:teams", error.Errors);
    }

    [Fact]
    public void IncompatibleFallbackTypeIsRejected()
    {
        var values = Dev();
        values["gpuPools"] = """[{"name":"l4","instanceTypes":["g6.xlarge","g6.2xlarge","g6.4xlarge"],"fallbackInstanceTypes":["g6.12xlarge"],"maxNodes":2}]""";

        var error = Assert.Throws<StackConfigException>(() => Read(values));

        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:gpuPools[0].fallbackInstanceTypes[0] 'g6.12xlarge'", StringComparison.Ordinal));
    }

    [Fact]
    public void IncompatibleTypeIsNamedByItsPositionEvenAfterAnInvalidType()
    {
        var values = Dev();
        values["gpuPools"] = """[{"name":"l4","instanceTypes":["g6.xlarge","m5.large","g6.12xlarge"],"maxNodes":2}]""";

        var error = Assert.Throws<StackConfigException>(() => Read(values));

        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:gpuPools[0].instanceTypes[1] 'm5.large' is not a known Aws GPU instance type", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:gpuPools[0].instanceTypes[2] 'g6.12xlarge'", StringComparison.Ordinal));
    }

    [Fact]
    public void AzureBudgetsAllowAtMostFiveNotifications()
    {
        var values = Dev();
        values["cloud"] = "azure";
        values["region"] = "eastus";
        values["gpuPools"] = """[{"name":"t4","instanceTypes":["Standard_NC4as_T4_v3","Standard_NC8as_T4_v3","Standard_NC16as_T4_v3"],"maxNodes":2}]""";
        values["budget"] = """{"monthlyLimitUsd":1000,"actualThresholds":[25,50,75,90,100],"forecastThresholds":[100],"recipients":["a@example.com"]}""";
        values["policy"] = "{}";
        values["models"] = "[]";
        values["cluster"] = """{"systemPool":{"instanceType":"Standard_D4s_v5"}}""";

        var error = Assert.Throws<StackConfigException>(() => Read(values));

        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:budget Azure budgets allow at most 5 notifications", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingRequiredKeysAreNamed()
    {
        var error = Assert.Throws<StackConfigException>(() => Read(new Dictionary<string, string>()));

        Assert.Contains("mlplatform:cloud is required", error.Errors);
        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:region is required", StringComparison.Ordinal));
        Assert.Contains("mlplatform:gpuPools must list at least one GPU pool", error.Errors);
        Assert.Contains("mlplatform:budget is required", error.Errors);
        Assert.Contains("mlplatform:services is required", error.Errors);
    }

    [Fact]
    public void ATeamWithoutAMonthlyBudgetHasNoBudgetRatherThanAZeroOne()
    {
        var values = Dev();
        values["teams"] = """[{"name":"vision","gpuQuota":4,"monthlyBudgetUsd":1500},{"name":"nlp","gpuQuota":2}]""";

        var config = Read(values);

        Assert.Equal(1500m, config.Teams.Single(t => t.Name == "vision").MonthlyBudgetUsd);
        Assert.Null(config.Teams.Single(t => t.Name == "nlp").MonthlyBudgetUsd);
    }

    [Fact]
    public void UnverifiableCapacityMayBeSoftenedToAdvisoryOnly()
    {
        var values = Dev();
        values["policy"] = """{"unverifiable":"disabled","enforcement":{"quota-max-gpus-per-pool":"advisory"}}""";

        var error = Assert.Throws<StackConfigException>(() => Read(values));

        Assert.Contains("mlplatform:policy.unverifiable must be advisory or mandatory (got 'disabled')", error.Errors);
    }

    [Fact]
    public void UnverifiableAndAnEnforcementOverrideOfTheSameRuleMustAgree()
    {
        var values = Dev();
        values["policy"] = """{"unverifiable":"advisory","enforcement":{"policy-unverifiable-capacity":"mandatory"}}""";

        var error = Assert.Throws<StackConfigException>(() => Read(values));

        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:policy.unverifiable is 'advisory' but mlplatform:policy.enforcement.policy-unverifiable-capacity is 'mandatory'", StringComparison.Ordinal));
    }

    [Fact]
    public void UnverifiableAdvisoryIsKeptOnThePolicySettings()
    {
        var values = Dev();
        values["policy"] = """{"unverifiable":"advisory"}""";

        Assert.Equal("advisory", Read(values).Policy.Unverifiable);
        Assert.Null(Read(Dev()).Policy.Unverifiable);
    }

    private static Dictionary<string, string> Dev() =>
        new(StackFile.Load(RepositoryFiles.Root, "dev").Namespace("mlplatform"));

    private static PlatformConfig Read(IReadOnlyDictionary<string, string> values) =>
        StackConfigReader.Read(values, "dev", RepositoryFiles.Prices);
}
