using System.Collections.Immutable;
using System.Text;

namespace MlPlatform.Components.Azure.Tests;

public sealed class PureFunctionTests
{
    [Fact]
    public void BudgetNotificationsAreActualThenForecastedWithoutDuplicates()
    {
        var notifications = AzureBudgets.Notifications([80, 50, 80, 100], [100]);

        Assert.Equal(["actual-50", "actual-80", "actual-100", "forecasted-100"], notifications.Select(n => n.Key).ToArray());
        Assert.Equal(["Actual", "Actual", "Actual", "Forecasted"], notifications.Select(n => n.ThresholdType).ToArray());
    }

    [Fact]
    public void MoreThanFiveNotificationsPerBudgetAreRejected()
    {
        var errors = AzureBudgets.Validate(1000, [25, 50, 75, 100], [90, 100], ["a@example.com"], "budget");

        var error = Assert.Single(errors);
        Assert.Equal("budget", error.Path);
        Assert.Contains("at most 5", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FiveNotificationsAreAllowed()
    {
        Assert.Empty(AzureBudgets.Validate(1000, [50, 80, 100], [100, 120], ["a@example.com"], "budget"));
    }

    [Fact]
    public void BadThresholdsAmountsAndEmailsAreAllReportedWithTheirFields()
    {
        var errors = AzureBudgets.Validate(0, [0, 50], [2000], ["not-an-email"], "mlplatform:budget");

        Assert.Equal(
            ["mlplatform:budget.amountUsd", "mlplatform:budget.actualThresholds[0]", "mlplatform:budget.forecastThresholds[0]", "mlplatform:budget.contactEmails[0]"],
            errors.Select(e => e.Path).ToArray());
    }

    [Fact]
    public void BudgetsNeedSomeoneToNotify()
    {
        Assert.Contains(AzureBudgets.Validate(100, [50], [], [], "b"), e => e.Path == "b.contactEmails");
    }

    [Fact]
    public void BudgetPeriodStartsOnTheFirstOfTheCurrentMonthUtc()
    {
        Assert.Equal("2026-11-01T00:00:00Z", AzureBudgets.PeriodStart(new DateTimeOffset(2026, 11, 23, 20, 36, 0, TimeSpan.Zero)));
        Assert.Equal("2026-12-01T00:00:00Z", AzureBudgets.PeriodStart(new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.FromHours(-2))));
    }

    [Fact]
    public void RoleDefinitionIdsTakeTheSubscriptionFromTheScope()
    {
        var id = RoleDefinitions.IdFor("/subscriptions/0000-1111/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/acr", RoleDefinitions.AcrPull);

        Assert.Equal("/subscriptions/0000-1111/providers/Microsoft.Authorization/roleDefinitions/7f951dda-4ed3-4680-a7ca-43fe172d538d", id);
    }

    [Fact]
    public void RoleDefinitionIdsWithoutSubscriptionUseTheProviderForm()
    {
        Assert.Equal("/providers/Microsoft.Authorization/roleDefinitions/2a2b9908-6ea1-4ae2-8e65-a410df84e7d1", RoleDefinitions.IdFor("scope_id", RoleDefinitions.StorageBlobDataReader));
    }

    [Theory]
    [InlineData(RoleDefinitions.AcrPull)]
    [InlineData(RoleDefinitions.StorageBlobDataReader)]
    [InlineData(RoleDefinitions.StorageBlobDataContributor)]
    public void WellKnownRoleIdsAreGuids(string role)
    {
        Assert.True(Guid.TryParse(role, out _));
    }

    [Theory]
    [InlineData("Standard_ND96asr_v4", CacheDiskKind.Nvme)]
    [InlineData("Standard_ND96isr_H100_v5", CacheDiskKind.Nvme)]
    [InlineData("Standard_NC24ads_A100_v4", CacheDiskKind.Nvme)]
    [InlineData("Standard_NC40ads_H100_v5", CacheDiskKind.Nvme)]
    [InlineData("Standard_L8s_v3", CacheDiskKind.Nvme)]
    [InlineData("Standard_NC4as_T4_v3", CacheDiskKind.TempDisk)]
    [InlineData("Standard_NC6s_v3", CacheDiskKind.TempDisk)]
    public void CacheLivesOnNvmeWhereTheSizeHasItElseOnTheTempDisk(string size, CacheDiskKind expected)
    {
        Assert.Equal(expected, CacheDisks.For(size));
    }

    [Fact]
    public void TempDiskCacheMustSitUnderMnt()
    {
        Assert.True(CacheDisks.MountPathFits(CacheDiskKind.TempDisk, "/mnt/dataset-cache"));
        Assert.False(CacheDisks.MountPathFits(CacheDiskKind.TempDisk, "/var/cache/datasets"));
        Assert.True(CacheDisks.MountPathFits(CacheDiskKind.Nvme, "/var/cache/datasets"));
    }

    [Theory]
    [InlineData("relative/path")]
    [InlineData("/mnt/x; rm -rf /")]
    [InlineData("/mnt/$(id)")]
    public void NvmeScriptRejectsPathsThatWouldBreakTheShell(string path)
    {
        Assert.Throws<ArgumentException>(() => CacheDiskPreparation.NvmeScript(path));
    }

    [Theory]
    [InlineData("10.40.0.0/16", "10.40.0.0/17", "10.40.128.0/20", "10.40.144.0/20")]
    [InlineData("10.50.0.0/16", "10.50.0.0/17", "10.50.128.0/20", "10.50.144.0/20")]
    [InlineData("10.60.4.0/22", "10.60.4.0/23", "10.60.6.0/26", "10.60.6.64/26")]
    [InlineData("10.70.1.0/24", "10.70.1.0/25", "10.70.1.128/28", "10.70.1.144/28")]
    public void NodesTakeTheFirstHalfAndEndpointsAndTheDatabaseFollow(string cidr, string nodes, string endpoints, string database)
    {
        var plan = SubnetPlan.For(cidr);

        Assert.Equal(nodes, plan.NodesCidr);
        Assert.Equal(endpoints, plan.EndpointsCidr);
        Assert.Equal(database, plan.DatabaseCidr);
    }

    [Fact]
    public void NonIpv4RangesAreRejected()
    {
        Assert.Throws<ArgumentException>(() => SubnetPlan.For("fd00::/64"));
    }

    [Fact]
    public void KubeconfigSwitchesDeviceCodeLoginToTheAutomationMode()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(AzureTestEnvironment.DeviceCodeKubeconfig));

        var kubeconfig = AksKubeconfig.ForAutomation([encoded], "workloadidentity");

        Assert.Contains("- workloadidentity", kubeconfig, StringComparison.Ordinal);
        Assert.DoesNotContain("devicecode", kubeconfig, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCredentialsGiveAnEmptyKubeconfig()
    {
        Assert.Equal(string.Empty, AksKubeconfig.ForAutomation(ImmutableArray<string>.Empty));
    }

    [Fact]
    public void ModelStoreLifecycleExpiresNoncurrentVersionsAndCoolsIdleModels()
    {
        var rules = BlobLifecycleRule.ForModelStore("models", 30, 90);

        var versions = Assert.Single(rules, r => r.DeleteVersionsAfterDays is not null);
        Assert.Equal(30, versions.DeleteVersionsAfterDays);
        Assert.Equal(["models/"], versions.PrefixMatch.ToArray());
        Assert.Equal(90, Assert.Single(rules, r => r.CoolAfterDays is not null).CoolAfterDays);
    }

    [Theory]
    [InlineData("scheduler", true)]
    [InlineData("team/vision-train", true)]
    [InlineData("Vision", false)]
    [InlineData("a//b", false)]
    public void RepositoryNamesFollowTheOciRules(string repository, bool valid)
    {
        Assert.Equal(valid, RegistryNaming.IsRepositoryName(repository));
    }

    [Fact]
    public void LoginServerIsTheLowercaseRegistryName()
    {
        Assert.Equal("mlpdevacr1a2b3c.azurecr.io", RegistryNaming.LoginServer("MlpDevAcr1a2b3c"));
    }

    [Fact]
    public void PriorityExpanderMergesPoolsIntoOneConfigMap()
    {
        var configMap = PriorityExpanderConfig.ConfigMap([new(50, "^aks-as0-.*"), new(10, "^aks-ao0-.*"), new(50, "^aks-bs0-.*")]);

        var data = (ImmutableDictionary<string, object>)configMap["data"];
        Assert.Equal("50:\n  - '^aks-as0-.*'\n  - '^aks-bs0-.*'\n10:\n  - '^aks-ao0-.*'\n", data["priorities"]);
        Assert.Equal("cluster-autoscaler-priority-expander", ((ImmutableDictionary<string, object>)configMap["metadata"])["name"]);
    }

    private static ImmutableDictionary<string, object> DaemonSet(params object[] tolerations) =>
        ImmutableDictionary<string, object>.Empty
            .Add("kind", "DaemonSet")
            .Add("spec", ImmutableDictionary<string, object>.Empty.Add("template", ImmutableDictionary<string, object>.Empty
                .Add("spec", ImmutableDictionary<string, object>.Empty.Add("tolerations", ImmutableArray.Create(tolerations)))));

    private static ImmutableArray<object> Tolerations(ImmutableDictionary<string, object> manifest) =>
        (ImmutableArray<object>)((ImmutableDictionary<string, object>)((ImmutableDictionary<string, object>)((ImmutableDictionary<string, object>)manifest["spec"])["template"])["spec"])["tolerations"];

    [Fact]
    public void NodeAgentsAreMadeToTolerateAksSpotNodes()
    {
        var gpu = ImmutableDictionary<string, object>.Empty.Add("key", "nvidia.com/gpu").Add("operator", "Exists").Add("effect", "NoSchedule");

        var tolerations = Tolerations(AksManifests.TolerateSpot(DaemonSet(gpu)));

        Assert.Equal(2, tolerations.Length);
        var spot = (IReadOnlyDictionary<string, object>)tolerations[1];
        Assert.Equal("kubernetes.azure.com/scalesetpriority", spot["key"]);
        Assert.Equal("spot", spot["value"]);
        Assert.Equal("NoSchedule", spot["effect"]);
    }

    [Fact]
    public void ManifestsThatAlreadyTolerateSpotAreLeftAlone()
    {
        var spot = ImmutableDictionary<string, object>.Empty.Add("key", "kubernetes.azure.com/scalesetpriority").Add("operator", "Exists");
        var manifest = DaemonSet(spot);

        Assert.Same(manifest, AksManifests.TolerateSpot(manifest));
    }
}
