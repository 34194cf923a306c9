using System.Text.Json.Nodes;
using MlPlatform.Stacks.Config;

namespace MlPlatform.Infra.Tests;

public sealed class AwsZonesTests
{
    [Fact]
    public async Task SubnetsGoToTheNamedZonesOfTheStack()
    {
        var cluster = JsonNode.Parse(StackFile.Load(PlatformRun.Root, "dev").Values["mlplatform:cluster"])!.AsObject();
        cluster.Remove("availabilityZones");
        cluster["zones"] = new JsonArray("us-east-1b", "us-east-1d");

        var (_, mocks) = await PlatformRun.RunAsync("dev", new Dictionary<string, string> { ["cluster"] = cluster.ToJsonString() });

        var zones = mocks.OfType("aws:ec2/subnet:Subnet").Select(s => (string)s.Inputs["availabilityZone"]).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["us-east-1b", "us-east-1d"], zones);
    }

    [Fact]
    public async Task AZoneOfAnotherRegionStopsTheRunNamingTheKey()
    {
        var cluster = JsonNode.Parse(StackFile.Load(PlatformRun.Root, "dev").Values["mlplatform:cluster"])!.AsObject();
        cluster.Remove("availabilityZones");
        cluster["zones"] = new JsonArray("us-east-1a", "eu-west-1b");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => PlatformRun.RunAsync("dev", new Dictionary<string, string> { ["cluster"] = cluster.ToJsonString() }));

        Assert.Contains("cluster.zones[1]", error.ToString(), StringComparison.Ordinal);
    }
}
