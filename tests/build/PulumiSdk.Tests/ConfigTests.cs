using System.Text.Json.Serialization;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.PulumiSdk.Tests;

public sealed class ConfigTests
{
    private static readonly Dictionary<string, string> Values = new()
    {
        ["mlplatform:cloud"] = "aws",
        ["mlplatform:maxNodes"] = "4",
        ["mlplatform:badNumber"] = "four",
        ["mlplatform:private"] = "true",
        ["mlplatform:ratio"] = "0.75",
        ["mlplatform:pool"] = """{"name":"l4","maxNodes":4}""",
        ["mlplatform:token"] = "t0ken",
        ["aws:region"] = "us-east-1",
    };

    [Fact]
    public async Task TypedGettersReadNamespacedKeys()
    {
        (string? Cloud, int? Max, bool? Private, double? Ratio, string? Region, string? Missing) seen = default;
        Pool? pool = null;
        await Run(() =>
        {
            var config = new Config("mlplatform");
            seen = (config.Get("cloud"), config.GetInt32("maxNodes"), config.GetBoolean("private"), config.GetDouble("ratio"), new Config("aws").Get("region"), config.Get("absent"));
            pool = config.GetObject<Pool>("pool");
        });

        Assert.Equal(("aws", 4, true, 0.75, "us-east-1", null), seen);
        Assert.Equal(new Pool("l4", 4), pool);
    }

    [Fact]
    public async Task AWrongTypeFailsNamingTheKey()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Run(() => new Config("mlplatform").GetInt32("badNumber")));

        Assert.Contains("mlplatform:badNumber", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequireFailsForAMissingKey()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Run(() => new Config("mlplatform").Require("absent")));

        Assert.Contains("mlplatform:absent", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretGettersReturnSecretOutputs()
    {
        Output<string>? token = null;
        await Run(() => token = new Config("mlplatform").RequireSecret("token"));

        Assert.True(await token!.IsSecretAsync());
        Assert.Equal("t0ken", await token!.GetAsync());
    }

    private static async Task Run(Action program)
    {
        using var scope = new StackConfigScope(Values, ["mlplatform:token"]);
        await Deployment.TestAsync(new EchoMocks(), new TestOptions(), program);
    }

    public sealed record Pool([property: JsonPropertyName("name")] string Name, [property: JsonPropertyName("maxNodes")] int MaxNodes);
}
