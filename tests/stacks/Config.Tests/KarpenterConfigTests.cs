using System.Text.Json.Nodes;

namespace MlPlatform.Stacks.Config.Tests;

public sealed class KarpenterConfigTests
{
    private static Dictionary<string, string> Stack(string name, string? provisioner = null)
    {
        var values = new Dictionary<string, string>(StackFile.Load(RepositoryFiles.Root, name).Namespace("mlplatform"));
        if (provisioner is not null)
        {
            var cluster = JsonNode.Parse(values["cluster"])!.AsObject();
            cluster["provisioner"] = provisioner;
            values["cluster"] = cluster.ToJsonString();
        }

        return values;
    }

    private static PlatformConfig Read(IReadOnlyDictionary<string, string> values, string stack) =>
        StackConfigReader.Read(values, stack, RepositoryFiles.Prices);

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    [InlineData("dev-azure")]
    public void CommittedStacksLeaveTheChartVersionToTheComponent(string stack)
    {
        Assert.Null(Read(Stack(stack), stack).Karpenter.ChartVersion);
    }

    [Fact]
    public void AKarpenterStackMayPinTheChartVersion()
    {
        var values = Stack("dev", "karpenter");
        values["karpenter"] = """{"chartVersion":"1.8.2"}""";

        var config = Read(values, "dev");

        Assert.Equal(NodeProvisioner.Karpenter, config.Cluster.Provisioner);
        Assert.Equal("1.8.2", config.Karpenter.ChartVersion);
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("v1.8.1")]
    [InlineData("0.37.6")]
    public void AChartVersionThatIsNotAKarpenterV1ReleaseIsRejected(string version)
    {
        var values = Stack("dev", "karpenter");
        values["karpenter"] = $$"""{"chartVersion":"{{version}}"}""";

        var error = Assert.Throws<StackConfigException>(() => Read(values, "dev"));

        Assert.StartsWith("mlplatform:karpenter.chartVersion must be a Karpenter v1 chart version", Assert.Single(error.Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("dev-azure")]
    public void AChartVersionWithoutKarpenterIsRejected(string stack)
    {
        var values = Stack(stack);
        values["karpenter"] = """{"chartVersion":"1.8.1"}""";

        var error = Assert.Throws<StackConfigException>(() => Read(values, stack));

        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:karpenter.chartVersion applies only on aws with mlplatform:cluster.provisioner: karpenter", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownKarpenterKeyIsATypo()
    {
        var values = Stack("dev", "karpenter");
        values["karpenter"] = """{"chartVerison":"1.8.1"}""";

        var error = Assert.Throws<StackConfigException>(() => Read(values, "dev"));

        Assert.StartsWith("mlplatform:karpenter.chartVerison is not a known setting", Assert.Single(error.Errors), StringComparison.Ordinal);
    }
}
