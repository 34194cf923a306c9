using MlPlatform.Components;

namespace MlPlatform.Infra.Tests;

public sealed class WorkloadIdentityPlatformTests
{
    [Fact]
    public void ServingIsThePlatformsAndEveryTeamsInferenceAccountAndTrainingEveryTeamsTrainer()
    {
        var accounts = WorkloadAccounts.For(["vision", "nlp"]);

        Assert.Equal(["mlplatform-system:inference", "vision:inference", "nlp:inference"], accounts.ModelReaders.Select(Key));
        Assert.Equal(["vision:trainer", "nlp:trainer"], accounts.ModelWriters.Select(Key));
        Assert.Equal("nlp:workload", Key(accounts.Teams["nlp"]));
        Assert.Equal(PlatformServiceAccounts.Scheduler, accounts.Scheduler);
        Assert.Equal(PlatformServiceAccounts.DatasetWarmer, accounts.DatasetReader);
    }

    [Fact]
    public void WithoutTeamsThePlatformsTrainerWritesModels()
    {
        var accounts = WorkloadAccounts.For([]);

        Assert.Equal(["mlplatform-system:trainer"], accounts.ModelWriters.Select(Key));
        Assert.Empty(accounts.Teams);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    [InlineData("dev-azure")]
    [InlineData("prod-azure")]
    public async Task EveryCloudBindsExactlyThePlatformsWorkloadAccounts(string stack)
    {
        var (resources, mocks) = await PlatformRun.RunAsync(stack);
        var config = resources.OfType<PlatformStack>().Single().Context.Config;
        var accounts = WorkloadAccounts.For(config.Teams.Select(t => t.Name));
        var expected = new[] { accounts.Scheduler, accounts.DatasetReader }
            .Concat(accounts.ModelReaders).Concat(accounts.ModelWriters).Concat(accounts.Teams.Values)
            .Select(Key).ToHashSet(StringComparer.Ordinal);

        var bound = stack.EndsWith("-azure", StringComparison.Ordinal)
            ? mocks.OfType("azure-native:managedidentity:FederatedIdentityCredential").Select(c => ((string)c.Inputs["subject"]).Replace("system:serviceaccount:", string.Empty, StringComparison.Ordinal))
            : mocks.OfType("aws:eks/podIdentityAssociation:PodIdentityAssociation").Select(a => $"{a.Inputs["namespace"]}:{a.Inputs["serviceAccount"]}");

        // The cloud's own controllers (cluster-autoscaler, Karpenter) run in kube-system with identities of their own.
        Assert.Equal(expected.Order(StringComparer.Ordinal), bound.Where(b => !b.StartsWith("kube-system:", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal));
    }

    private static string Key(ServiceAccountRef account) => $"{account.Namespace}:{account.Name}";
}
