using System.Collections.Immutable;
using Microsoft.Extensions.Time.Testing;
using MlPlatform.Testing;

namespace MlPlatform.Components.Azure.Tests;

public sealed class RegistryAndBudgetTests
{
    private const string RegistryType = "azure-native:containerregistry:Registry";

    private const string BudgetType = "azure-native:consumption:Budget";

    private static ContainerRegistryArgs RegistryArgs(bool premium) => new()
    {
        Prefix = premium ? "mlp-prod" : "mlp-dev",
        NameSeed = "eastus",
        ResourceGroupName = "rg",
        Location = AzureTestEnvironment.Region,
        Tags = AzureTestEnvironment.Tags,
        KubeletObjectId = "kubelet-object-id",
        Premium = premium,
        UntaggedRetentionDays = 7,
        Repositories = ["scheduler", "inference"],
    };

    private static async Task<(EchoMocks Mocks, ContainerRegistry Registry)> DeployRegistryAsync(bool premium)
    {
        var mocks = AzureTestEnvironment.Mocks();
        ContainerRegistry? registry = null;
        await AzureTestEnvironment.DeployAsync(mocks, () => registry = new ContainerRegistry("acr", RegistryArgs(premium)));
        return (mocks, registry!);
    }

    [Fact]
    public async Task ProductionRegistryIsPremiumWithRetentionForUntaggedManifests()
    {
        var (mocks, _) = await DeployRegistryAsync(premium: true);

        var registry = Assert.Single(mocks.OfType(RegistryType)).Inputs;
        Assert.Equal("Premium", registry.Object("sku")["name"]);
        var retention = registry.Object("policies").Object("retentionPolicy");
        Assert.Equal("enabled", retention["status"]);
        Assert.Equal(7.0, retention["days"]);
    }

    [Fact]
    public async Task DevRegistryIsStandardWithoutPremiumOnlyPolicies()
    {
        var (mocks, _) = await DeployRegistryAsync(premium: false);

        var registry = Assert.Single(mocks.OfType(RegistryType)).Inputs;
        Assert.Equal("Standard", registry.Object("sku")["name"]);
        Assert.False(registry.ContainsKey("policies"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AdminUserAndAnonymousPullAreOff(bool premium)
    {
        var (mocks, _) = await DeployRegistryAsync(premium);

        var registry = Assert.Single(mocks.OfType(RegistryType)).Inputs;
        Assert.Equal(false, registry["adminUserEnabled"]);
        Assert.Equal(false, registry["anonymousPullEnabled"]);
    }

    [Fact]
    public async Task OnlyTheKubeletIdentityGetsAcrPull()
    {
        var (mocks, registry) = await DeployRegistryAsync(premium: false);

        var role = Assert.Single(mocks.OfType("azure-native:authorization:RoleAssignment")).Inputs;
        Assert.Equal("kubelet-object-id", role["principalId"]);
        Assert.EndsWith(RoleDefinitions.AcrPull, (string)role["roleDefinitionId"], StringComparison.Ordinal);
        var urls = await registry.RepositoryUrls.GetAsync();
        Assert.Equal($"{await registry.LoginServer.GetAsync()}/scheduler", urls["scheduler"]);
        Assert.EndsWith(".azurecr.io", await registry.LoginServer.GetAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void RetentionBeyondAzuresRangeAndBadRepositoriesAreRejected()
    {
        var args = new ContainerRegistryArgs
        {
            Prefix = "mlp-dev",
            NameSeed = "s",
            ResourceGroupName = "rg",
            Location = AzureTestEnvironment.Region,
            Tags = AzureTestEnvironment.Tags,
            KubeletObjectId = "k",
            UntaggedRetentionDays = 400,
            Repositories = ["ok", "Not_OK"],
        };

        Assert.Equal(["registry.untaggedExpiryDays", "registry.repositories[1]"], ContainerRegistry.Validate(args).Select(e => e.Path).ToArray());
    }

    private static BudgetAlarmArgs BudgetArgs(string? team = null, ImmutableArray<int>? actual = null, ImmutableArray<int>? forecast = null) => new()
    {
        BudgetName = team is null ? "mlp-dev" : $"mlp-dev-team-{team}",
        AmountUsd = 4000,
        Scope = "/subscriptions/sub/resourceGroups/mlp-dev-rg",
        ResourceGroupName = "mlp-dev-rg",
        Tags = AzureTestEnvironment.Tags,
        ContactEmails = ["ml-platform@example.com"],
        ActualThresholds = actual ?? [50, 80, 100],
        ForecastThresholds = forecast ?? [100],
        Team = team,
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.Zero)),
    };

    private static async Task<EchoMocks> DeployBudgetAsync(BudgetAlarmArgs args)
    {
        var mocks = AzureTestEnvironment.Mocks();
        await AzureTestEnvironment.DeployAsync(mocks, () => _ = new BudgetAlarm("budget", args));
        return mocks;
    }

    [Fact]
    public async Task BudgetCarriesTheConfiguredActualAndForecastedThresholds()
    {
        var mocks = await DeployBudgetAsync(BudgetArgs());

        var budget = Assert.Single(mocks.OfType(BudgetType)).Inputs;
        Assert.Equal(4000.0, budget["amount"]);
        Assert.Equal("Monthly", budget["timeGrain"]);
        Assert.Equal("2026-11-01T00:00:00Z", budget.Object("timePeriod")["startDate"]);
        var notifications = budget.Object("notifications");
        Assert.Equal(["actual-100", "actual-50", "actual-80", "forecasted-100"], notifications.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("Forecasted", notifications.Object("forecasted-100")["thresholdType"]);
        Assert.Equal(80.0, notifications.Object("actual-80")["threshold"]);
        Assert.Equal(["ml-platform@example.com"], notifications.Object("actual-80").Strings("contactEmails").ToArray());
        Assert.Equal(["budget-actions_id"], notifications.Object("actual-80").Strings("contactGroups").ToArray());
    }

    [Fact]
    public async Task ActionGroupEmailsTheContacts()
    {
        var mocks = await DeployBudgetAsync(BudgetArgs());

        var group = Assert.Single(mocks.OfType("azure-native:monitor:ActionGroup")).Inputs;
        Assert.True(((string)group["groupShortName"]).Length <= 12);
        var receiver = (IReadOnlyDictionary<string, object>)Assert.Single(group.List("emailReceivers"));
        Assert.Equal("ml-platform@example.com", receiver["emailAddress"]);
    }

    [Fact]
    public async Task TeamBudgetFiltersOnTheTeamTag()
    {
        var mocks = await DeployBudgetAsync(BudgetArgs(team: "vision"));

        var filter = Assert.Single(mocks.OfType(BudgetType)).Inputs.Object("filter").Object("tags");
        Assert.Equal("team", filter["name"]);
        Assert.Equal("In", filter["operator"]);
        Assert.Equal(["vision"], filter.Strings("values").ToArray());
    }

    [Fact]
    public async Task EnvironmentBudgetCountsThePlatformAndNodeResourceGroups()
    {
        var mocks = await DeployBudgetAsync(BudgetArgs());

        Assert.False(Assert.Single(mocks.OfType(BudgetType)).Inputs.ContainsKey("filter"));
        var args = new BudgetAlarmArgs
        {
            BudgetName = "mlp-dev",
            AmountUsd = 100,
            Scope = "/subscriptions/sub",
            ResourceGroupName = "mlp-dev-rg",
            Tags = AzureTestEnvironment.Tags,
            ContactEmails = ["ml-platform@example.com"],
            CostResourceGroups = ["mlp-dev-rg", "mlp-dev-nodes-rg"],
            Team = "vision",
        };
        var teamMocks = await DeployBudgetAsync(args);

        var and = Assert.Single(teamMocks.OfType(BudgetType)).Inputs.Object("filter").List("and").Cast<IReadOnlyDictionary<string, object>>().ToList();
        Assert.Equal(["mlp-dev-rg", "mlp-dev-nodes-rg"], and[0].Object("dimensions").Strings("values").ToArray());
        Assert.Equal("ResourceGroupName", and[0].Object("dimensions")["name"]);
        Assert.Equal(["vision"], and[1].Object("tags").Strings("values").ToArray());
    }

    [Fact]
    public async Task SixNotificationsFailBeforeAnyBudgetIsDeclared()
    {
        var mocks = AzureTestEnvironment.Mocks();

        await Assert.ThrowsAnyAsync<Exception>(() => AzureTestEnvironment.DeployAsync(mocks, () => _ = new BudgetAlarm("budget", BudgetArgs(actual: [25, 50, 75, 100], forecast: [100, 120]))));

        Assert.Empty(mocks.OfType(BudgetType));
        var errors = BudgetAlarm.Validate(BudgetArgs(actual: [25, 50, 75, 100], forecast: [100, 120]), "mlplatform:budget");
        Assert.Contains(errors, e => e.Path == "mlplatform:budget" && e.Problem.Contains("at most 5", StringComparison.Ordinal));
    }
}
