namespace MlPlatform.Stacks.Config.Tests;

public sealed class NetworkConfigTests
{
    private static Dictionary<string, string> Stack(string name) =>
        new(StackFile.Load(RepositoryFiles.Root, name).Namespace("mlplatform"));

    private static PlatformConfig Read(IReadOnlyDictionary<string, string> values, string stack) =>
        StackConfigReader.Read(values, stack, RepositoryFiles.Prices);

    [Theory]
    [InlineData("prod-azure", true, RegistrySku.Premium)]
    [InlineData("dev-azure", false, RegistrySku.Standard)]
    public void CommittedAzureStacksArePrivateInProductionOnly(string stack, bool privateEndpoints, RegistrySku sku)
    {
        var config = Read(Stack(stack), stack);

        Assert.Equal(privateEndpoints, config.Network.PrivateEndpoints);
        Assert.Equal(sku, config.Registry.Sku);
    }

    [Theory]
    [InlineData("prod-azure", true, RegistrySku.Premium)]
    [InlineData("dev-azure", false, RegistrySku.Standard)]
    public void UnsetKeysDefaultToPrivateAndPremiumInProductionOnAzure(string stack, bool privateEndpoints, RegistrySku sku)
    {
        var values = Stack(stack);
        values.Remove("network");
        values["registry"] = """{"repositories":["scheduler"]}""";

        var config = Read(values, stack);

        Assert.Equal(privateEndpoints, config.Network.PrivateEndpoints);
        Assert.Equal(sku, config.Registry.Sku);
    }

    [Fact]
    public void AwsStacksHaveNoAzurePrivateEndpointsByDefault()
    {
        var config = Read(Stack("prod"), "prod");

        Assert.False(config.Network.PrivateEndpoints);
    }

    [Fact]
    public void PrivateEndpointsWithAStandardRegistryNameBothKeys()
    {
        var values = Stack("dev-azure");
        values["network"] = """{"privateEndpoints":true}""";

        var error = Assert.Throws<StackConfigException>(() => Read(values, "dev-azure"));

        var problem = Assert.Single(error.Errors);
        Assert.StartsWith("mlplatform:network.privateEndpoints needs mlplatform:registry.sku premium", problem, StringComparison.Ordinal);
        Assert.Contains("(got standard;", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ProductionThatAsksForAStandardRegistryMustTurnPrivateEndpointsOffExplicitly()
    {
        var values = Stack("prod-azure");
        values.Remove("network");
        values["registry"] = """{"sku":"standard"}""";

        var error = Assert.Throws<StackConfigException>(() => Read(values, "prod-azure"));
        values["network"] = """{"privateEndpoints":false}""";
        var config = Read(values, "prod-azure");

        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:network.privateEndpoints needs mlplatform:registry.sku premium", StringComparison.Ordinal));
        Assert.False(config.Network.PrivateEndpoints);
        Assert.Equal(RegistrySku.Standard, config.Registry.Sku);
    }

    [Fact]
    public void DevMayOptIntoPrivateEndpointsWithAPremiumRegistry()
    {
        var values = Stack("dev-azure");
        values["network"] = """{"privateEndpoints":true}""";
        values["registry"] = """{"sku":"premium"}""";

        var config = Read(values, "dev-azure");

        Assert.True(config.Network.PrivateEndpoints);
        Assert.Equal(RegistrySku.Premium, config.Registry.Sku);
    }

    [Fact]
    public void AzureOnlyKeysAreRejectedOnAwsWithTheirFullPaths()
    {
        var values = Stack("prod");
        values["network"] = """{"privateEndpoints":true}""";
        values["registry"] = """{"sku":"premium"}""";

        var error = Assert.Throws<StackConfigException>(() => Read(values, "prod"));

        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:network.privateEndpoints applies to azure only", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:registry.sku applies to azure only", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownNetworkKeyIsATypo()
    {
        var values = Stack("prod-azure");
        values["network"] = """{"privateEndpoint":true}""";

        var error = Assert.Throws<StackConfigException>(() => Read(values, "prod-azure"));

        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:network.privateEndpoint is not a known setting", StringComparison.Ordinal));
    }
}
