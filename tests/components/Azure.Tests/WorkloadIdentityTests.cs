namespace MlPlatform.Components.Azure.Tests;

public sealed class WorkloadIdentityTests
{
    private static WorkloadIdentityArgs Args(params ServiceAccountRef[] accounts) => new()
    {
        IdentityName = "mlp-dev-scheduler",
        ResourceGroupName = "rg",
        Location = AzureTestEnvironment.Region,
        Tags = AzureTestEnvironment.Tags,
        OidcIssuer = "https://issuer.example/",
        ServiceAccounts = [.. accounts],
    };

    [Fact]
    public async Task EachServiceAccountGetsAFederatedCredential()
    {
        var mocks = AzureTestEnvironment.Mocks();
        await AzureTestEnvironment.DeployAsync(mocks, () => _ = new WorkloadIdentity("sched", Args(PlatformServiceAccounts.Scheduler, new ServiceAccountRef("vision", "workload"))));

        var subjects = mocks.OfType("azure-native:managedidentity:FederatedIdentityCredential").Select(c => (string)c.Inputs["subject"]).ToArray();
        Assert.Equal(["system:serviceaccount:mlplatform-system:scheduler", "system:serviceaccount:vision:workload"], subjects);
        Assert.Single(mocks.OfType("azure-native:managedidentity:UserAssignedIdentity"));
    }

    [Fact]
    public void TooManyOrDuplicateServiceAccountsAreRejected()
    {
        var many = Enumerable.Range(0, 21).Select(i => new ServiceAccountRef("ns", $"sa{i}")).ToArray();

        Assert.Contains(WorkloadIdentity.Validate(Args(many), "identity"), e => e.Problem.Contains("at most 20", StringComparison.Ordinal));
        Assert.Contains(WorkloadIdentity.Validate(Args(PlatformServiceAccounts.Scheduler, PlatformServiceAccounts.Scheduler), "identity"), e => e.Path == "identity.serviceAccounts");
        Assert.Contains(WorkloadIdentity.Validate(Args(), "identity"), e => e.Path == "identity.serviceAccounts");
    }
}
