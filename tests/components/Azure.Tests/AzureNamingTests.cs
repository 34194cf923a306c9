namespace MlPlatform.Components.Azure.Tests;

public sealed class AzureNamingTests
{
    [Theory]
    [InlineData("train", true, 0, "trains0")]
    [InlineData("train", false, 2, "traino2")]
    [InlineData("l4", true, 9, "l4s9")]
    [InlineData("abcdefghij", true, 1, "abcdefghijs1")]
    public void AgentPoolNamesAreShortAndSayCapacityAndSize(string pool, bool spot, int index, string expected)
    {
        var name = AzureNaming.AgentPool(pool, spot, index);

        Assert.Equal(expected, name);
        Assert.Null(AzureNaming.Validate(AzureResourceKind.AgentPool, name, "name"));
    }

    [Fact]
    public void LongPoolNamesAreCutToTwelveCharactersDeterministicallyAndStayDistinct()
    {
        var a = AzureNaming.AgentPool("inferencexl", true, 0);
        var b = AzureNaming.AgentPool("inferencexm", true, 0);

        Assert.Equal(12, a.Length);
        Assert.Equal(a, AzureNaming.AgentPool("inferencexl", true, 0));
        Assert.NotEqual(a, b);
        Assert.All(new[] { a, b }, n => Assert.Null(AzureNaming.Validate(AzureResourceKind.AgentPool, n, "name")));
    }

    [Fact]
    public void StorageAccountNamesAreLowercaseAlphanumericAtMost24AndStablePerSeed()
    {
        var name = AzureNaming.Global(AzureResourceKind.StorageAccount, "mlp-production-environment", "models", "eastus/mlp-prod");

        Assert.True(name.Length <= 24);
        Assert.Matches("^[a-z0-9]{3,24}$", name);
        Assert.Equal(name, AzureNaming.Global(AzureResourceKind.StorageAccount, "mlp-production-environment", "models", "eastus/mlp-prod"));
        Assert.NotEqual(name, AzureNaming.Global(AzureResourceKind.StorageAccount, "mlp-production-environment", "models", "westus2/mlp-prod"));
    }

    [Fact]
    public void RegistryNamesHaveNoSeparators()
    {
        var name = AzureNaming.Global(AzureResourceKind.ContainerRegistry, "mlp-dev", "acr", "seed");

        Assert.Matches("^[a-z0-9]{5,50}$", name);
        Assert.StartsWith("mlpdevacr", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AzureResourceKind.ManagedCluster, 63)]
    [InlineData(AzureResourceKind.LogAnalyticsWorkspace, 63)]
    [InlineData(AzureResourceKind.ActionGroupShortName, 12)]
    [InlineData(AzureResourceKind.Budget, 63)]
    public void NamesAreFittedToEachTypesLimitAndStayValid(AzureResourceKind kind, int max)
    {
        var name = AzureNaming.For(kind, "mlp-a-very-long-environment-name-that-goes-on", "and-on-and-on-with-more-parts", "logs");

        Assert.True(name.Length <= max, $"{name} is {name.Length} long");
        Assert.Null(AzureNaming.Validate(kind, name, "name"));
    }

    [Fact]
    public void InvalidNamesAreReportedWithTheFieldAndTheRule()
    {
        var error = AzureNaming.Validate(AzureResourceKind.AgentPool, "Train-Pool-1", "gpuPools[0].name");

        Assert.NotNull(error);
        Assert.Equal("gpuPools[0].name", error.Path);
        Assert.Contains("12", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CharactersAzureRejectsAreReplacedBySeparators()
    {
        Assert.Equal("mlp-dev-nodes-rg", AzureNaming.For(AzureResourceKind.ResourceGroup, "mlp dev", "nodes", "rg"));
    }
}
