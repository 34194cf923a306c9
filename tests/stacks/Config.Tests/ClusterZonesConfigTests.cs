using System.Text.Json.Nodes;

namespace MlPlatform.Stacks.Config.Tests;

public sealed class ClusterZonesConfigTests
{
    private static Dictionary<string, string> Stack(string name, Action<JsonObject> edit)
    {
        var values = new Dictionary<string, string>(StackFile.Load(RepositoryFiles.Root, name).Namespace("mlplatform"));
        var cluster = JsonNode.Parse(values["cluster"])!.AsObject();
        edit(cluster);
        values["cluster"] = cluster.ToJsonString();
        return values;
    }

    [Fact]
    public void CommittedStacksUseTheFirstZoneLetters()
    {
        Assert.True(StackConfigReader.Read(StackFile.Load(RepositoryFiles.Root, "dev").Namespace("mlplatform"), "dev", RepositoryFiles.Prices).Cluster.Zones.IsDefaultOrEmpty);
    }

    [Fact]
    public void NamedZonesAreReadAndSetTheZoneCount()
    {
        var values = Stack("dev", c =>
        {
            c.Remove("availabilityZones");
            c["zones"] = new JsonArray("us-east-1b", "us-east-1d", "us-east-1f");
        });

        var cluster = StackConfigReader.Read(values, "dev", RepositoryFiles.Prices).Cluster;

        Assert.Equal(["us-east-1b", "us-east-1d", "us-east-1f"], cluster.Zones.ToArray());
        Assert.Equal(3, cluster.AvailabilityZones);
    }

    [Fact]
    public void NamedZonesAreAnAwsSetting()
    {
        var values = Stack("dev-azure", c => c["zones"] = new JsonArray("1", "2"));

        var error = Assert.Throws<StackConfigException>(() => StackConfigReader.Read(values, "dev-azure", RepositoryFiles.Prices));

        Assert.Contains(error.Errors, e => e.StartsWith("mlplatform:cluster.zones", StringComparison.Ordinal));
    }
}
