using System.Collections.Immutable;
using System.Text.Json;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.Components.Aws.Tests;

public sealed class RegistryAndBudgetTests
{
    private const string NodeRole = "arn:aws:iam::123456789012:role/mlp-dev-node";

    private static async Task<EchoMocks> DeployAsync(Action program)
    {
        var mocks = AwsTestEnvironment.Mocks();
        await Deployment.TestAsync(mocks, new TestOptions(), program);
        return mocks;
    }

    private static ContainerRegistryArgs RegistryArgs => new()
    {
        NamePrefix = "mlp-dev",
        Tags = AwsTestEnvironment.Tags,
        Repositories = ["scheduler", "inference", "dataset-warmer", "vision-team"],
        UntaggedExpiryDays = 5,
        KeepLastImages = 20,
        PullPrincipalArns = new InputList<string> { NodeRole },
    };

    private static BudgetAlarmArgs BudgetArgs => new()
    {
        NamePrefix = "mlp-dev",
        Environment = "dev",
        Tags = AwsTestEnvironment.Tags,
        AccountId = AwsTestEnvironment.Account,
        MonthlyLimitUsd = 5000m,
        ActualThresholds = [50, 80, 100],
        ForecastThresholds = [100],
        Recipients = ["platform@example.com", "finops@example.com"],
        Teams = [new TeamBudget("vision", 1200m, ["vision-leads@example.com"])],
    };

    [Fact]
    public async Task RepositoriesAreImmutableScannedAndKmsEncrypted()
    {
        var mocks = await DeployAsync(() => _ = new ContainerRegistry("registry", RegistryArgs));

        var repositories = mocks.OfType("aws:ecr/repository:Repository");
        Assert.Equal(4, repositories.Count);
        Assert.All(repositories, r =>
        {
            Assert.Equal("IMMUTABLE", r.Inputs["imageTagMutability"]);
            Assert.Equal(true, r.Inputs.Object("imageScanningConfiguration")["scanOnPush"]);
            var encryption = (IReadOnlyDictionary<string, object>)Assert.Single(r.Inputs.List("encryptionConfigurations"));
            Assert.Equal("KMS", encryption["encryptionType"]);
        });
        Assert.Contains(repositories, r => (string)r.Inputs["name"] == "mlp-dev/dataset-warmer");
    }

    [Fact]
    public async Task OnlyNodeRolesMayPull()
    {
        var mocks = await DeployAsync(() => _ = new ContainerRegistry("registry", RegistryArgs));

        Assert.All(mocks.OfType("aws:ecr/repositoryPolicy:RepositoryPolicy"), p =>
        {
            using var policy = JsonDocument.Parse((string)p.Inputs["policy"]);
            var statement = Assert.Single(policy.RootElement.GetProperty("Statement").EnumerateArray());
            Assert.Equal(NodeRole, statement.GetProperty("Principal").GetProperty("AWS").GetString());
            Assert.DoesNotContain("ecr:PutImage", statement.GetProperty("Action").ToString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task LifecycleUsesTheConfiguredExpiryAndRetention()
    {
        var mocks = await DeployAsync(() => _ = new ContainerRegistry("registry", RegistryArgs));

        using var policy = JsonDocument.Parse((string)mocks.OfType("aws:ecr/lifecyclePolicy:LifecyclePolicy")[0].Inputs["policy"]);
        var rules = policy.RootElement.GetProperty("rules");
        Assert.Equal(5, rules[0].GetProperty("selection").GetProperty("countNumber").GetInt32());
        Assert.Equal(20, rules[1].GetProperty("selection").GetProperty("countNumber").GetInt32());
    }

    [Fact]
    public async Task RegistryUrlsAreKeyedByImage()
    {
        ContainerRegistry? registry = null;
        await DeployAsync(() => registry = new ContainerRegistry("registry", RegistryArgs));

        var urls = await registry!.RepositoryUrls.GetAsync();
        Assert.Equal("123456789012.dkr.ecr.us-east-1.amazonaws.com/mlp-dev/inference", urls["inference"]);
    }

    [Fact]
    public async Task BudgetsCarryTheConfiguredThresholds()
    {
        var mocks = await DeployAsync(() => _ = new BudgetAlarm("budget", BudgetArgs));

        var environment = mocks.Named("aws:budgets/budget:Budget", "budget-environment").Inputs;
        Assert.Equal("5000.00", environment["limitAmount"]);
        var notifications = environment.List("notifications").Cast<IReadOnlyDictionary<string, object>>()
            .Select(n => ((string)n["notificationType"], (double)n["threshold"]))
            .ToList();
        Assert.Equal([("ACTUAL", 50.0), ("ACTUAL", 80.0), ("ACTUAL", 100.0), ("FORECASTED", 100.0)], notifications);
    }

    [Fact]
    public async Task TeamBudgetFiltersOnTheTeamTagAndMailsTheTeam()
    {
        var mocks = await DeployAsync(() => _ = new BudgetAlarm("budget", BudgetArgs));

        var team = mocks.Named("aws:budgets/budget:Budget", "budget-team-vision").Inputs;
        var filter = (IReadOnlyDictionary<string, object>)Assert.Single(team.List("costFilters"));
        Assert.Equal("TagKeyValue", filter["name"]);
        Assert.Equal(["user:team$vision"], filter.Strings("values").ToArray());
        var notification = (IReadOnlyDictionary<string, object>)team.List("notifications")[0];
        Assert.Equal(["vision-leads@example.com"], notification.Strings("subscriberEmailAddresses").ToArray());
    }

    [Fact]
    public async Task AlarmTopicIsEncryptedAndEveryRecipientSubscribes()
    {
        var mocks = await DeployAsync(() => _ = new BudgetAlarm("budget", BudgetArgs));

        var topic = Assert.Single(mocks.OfType("aws:sns/topic:Topic")).Inputs;
        Assert.StartsWith("arn:aws:kms:", (string)topic["kmsMasterKeyId"], StringComparison.Ordinal);
        var endpoints = mocks.OfType("aws:sns/topicSubscription:TopicSubscription").Select(s => (string)s.Inputs["endpoint"]).Order(StringComparer.Ordinal);
        Assert.Equal(["finops@example.com", "platform@example.com"], endpoints);
        var topicPolicy = (string)Assert.Single(mocks.OfType("aws:sns/topicPolicy:TopicPolicy")).Inputs["policy"];
        Assert.Contains("budgets.amazonaws.com", topicPolicy, StringComparison.Ordinal);
    }

    [Fact]
    public void BudgetArgsReportEveryBadField()
    {
        var args = new BudgetAlarmArgs
        {
            NamePrefix = "p",
            Environment = "dev",
            Tags = AwsTestEnvironment.Tags,
            AccountId = "1",
            MonthlyLimitUsd = 0,
            ActualThresholds = [0, 80],
            Recipients = ["not-an-address"],
            Teams = [new TeamBudget("vision", -1, [])],
        };

        var paths = BudgetAlarm.Validate(args).Select(e => e.Path).ToList();

        Assert.Equal(["budget.monthlyLimitUsd", "budget.actualThresholds[0]", "budget.recipients[0]", "teams[0].monthlyBudgetUsd"], paths);
    }

    [Fact]
    public void RegistryArgsReportEveryBadField()
    {
        var args = new ContainerRegistryArgs
        {
            NamePrefix = "p",
            Tags = AwsTestEnvironment.Tags,
            Repositories = ["Bad Name", "ok", "ok"],
            UntaggedExpiryDays = 0,
            KeepLastImages = 0,
            PullPrincipalArns = new InputList<string>(),
        };

        var paths = ContainerRegistry.Validate(args).Select(e => e.Path).ToList();

        Assert.Equal(["registry.repositories[0]", "registry.repositories", "registry.untaggedExpiryDays", "registry.keepLastImages"], paths);
    }
}
