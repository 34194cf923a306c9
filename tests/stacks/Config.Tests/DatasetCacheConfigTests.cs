using System.Text.Json.Nodes;

namespace MlPlatform.Stacks.Config.Tests;

public sealed class DatasetCacheConfigTests
{
    private const string Digest = "ghcr.io/mlplatform/node-disk-prep@sha256:3b7e1c9a52d04f8e6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071";

    [Theory]
    [InlineData("dev-azure")]
    [InlineData("prod-azure")]
    public void CommittedAzureStacksPinThePreparationImageByDigest(string stack)
    {
        var config = Read(Stack(stack), stack);

        Assert.Matches("@sha256:[a-f0-9]{64}$", config.DatasetCache.PrepareImage);
    }

    [Fact]
    public void AzureCacheWithoutAPreparationImageIsRefused()
    {
        var values = WithCache("dev-azure", c => c.Remove("prepareImage"));

        var error = Assert.Throws<StackConfigException>(() => Read(values, "dev-azure"));

        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:datasetCache.prepareImage is required on azure", StringComparison.Ordinal));
    }

    [Fact]
    public void AzureWithTheCacheDisabledNeedsNoPreparationImage()
    {
        var values = WithCache("dev-azure", c =>
        {
            c.Remove("prepareImage");
            c["enabled"] = false;
        });

        Assert.Null(Read(values, "dev-azure").DatasetCache.PrepareImage);
    }

    [Theory]
    [InlineData("ghcr.io/mlplatform/node-disk-prep:1.0")]
    [InlineData("ghcr.io/mlplatform/node-disk-prep@sha256:abc")]
    public void PreparationImageByTagOrShortDigestIsRefused(string image)
    {
        var values = WithCache("prod-azure", c => c["prepareImage"] = image);

        var error = Assert.Throws<StackConfigException>(() => Read(values, "prod-azure"));

        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:datasetCache.prepareImage must reference an image by digest", StringComparison.Ordinal));
    }

    [Fact]
    public void AwsRefusesThePreparationImageBecauseNodeUserDataStripesTheDrives()
    {
        var values = WithCache("dev", c => c["prepareImage"] = Digest);

        var error = Assert.Throws<StackConfigException>(() => Read(values, "dev"));

        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:datasetCache.prepareImage applies to azure only", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> WithCache(string stack, Action<JsonObject> edit)
    {
        var values = Stack(stack);
        var cache = JsonNode.Parse(values["datasetCache"])!.AsObject();
        edit(cache);
        values["datasetCache"] = cache.ToJsonString();
        return values;
    }

    private static Dictionary<string, string> Stack(string name) =>
        new(StackFile.Load(RepositoryFiles.Root, name).Namespace("mlplatform"));

    private static PlatformConfig Read(IReadOnlyDictionary<string, string> values, string stack) =>
        StackConfigReader.Read(values, stack, RepositoryFiles.Prices);
}
