namespace MlPlatform.Stacks.Config.Tests;

public sealed class StackFileTests
{
    [Fact]
    public void StructuredValuesBecomeJsonAndScalarsStayText()
    {
        const string yaml = """
            config:
              aws:region: us-east-1
              mlplatform:cluster:
                name: c1
                availabilityZones: 3
                privateEndpoint: true
                kubernetesVersion: "1.33"
            """;

        var file = StackFile.Parse("dev", "Pulumi.dev.yaml", new StringReader(yaml));

        Assert.Equal("us-east-1", file.Values["aws:region"]);
        Assert.Equal("""{"name":"c1","availabilityZones":3,"privateEndpoint":true,"kubernetesVersion":"1.33"}""", file.Values["mlplatform:cluster"]);
        Assert.Empty(file.SecretKeys);
    }

    [Fact]
    public void SecureValuesAreMaskedAndListedAsSecret()
    {
        const string yaml = """
            config:
              mlplatform:alertWebhook:
                secure: v1:abcdef
            """;

        var file = StackFile.Parse("dev", "Pulumi.dev.yaml", new StringReader(yaml));

        Assert.Equal(StackFile.SecretPlaceholder, file.Values["mlplatform:alertWebhook"]);
        Assert.Contains("mlplatform:alertWebhook", file.SecretKeys);
    }

    [Fact]
    public void InvalidYamlNamesTheFileAndLine()
    {
        var error = Assert.Throws<StackConfigException>(() => StackFile.Parse("dev", "Pulumi.dev.yaml", new StringReader("config:\n  a: [1, 2\n")));

        Assert.StartsWith("Pulumi.dev.yaml:", error.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void StacksInListsTheCommittedStacks()
    {
        var stacks = StackFile.StacksIn(RepositoryFiles.Root);

        Assert.Contains("dev", stacks);
        Assert.Contains("prod", stacks);
    }
}
