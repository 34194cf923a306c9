using System.Text;
using MlPlatform.CostModel;
using MlPlatform.Stacks.Previews;

namespace MlPlatform.Policies.Tests;

/// <summary>
/// Two ways a stack export used to fool the gate: an API-versioned Azure Native token made a GPU pool invisible ($0,
/// pass), and the <c>delete: true</c> leftover of a replacement was counted beside its successor.
/// </summary>
public sealed class ResourceTokenAndLeftoverTests
{
    [Theory]
    [InlineData("azure-native:containerservice/v20240102preview:AgentPool", "azure-native:containerservice:AgentPool")]
    [InlineData("azure-native:containerservice/v20250301:ManagedCluster", "azure-native:containerservice:ManagedCluster")]
    [InlineData("azure-native:storage/v20230101privatepreview:StorageAccount", "azure-native:storage:StorageAccount")]
    [InlineData("azure-native:containerservice:AgentPool", "azure-native:containerservice:AgentPool")]
    [InlineData("aws:eks/nodeGroup:NodeGroup", "aws:eks/nodeGroup:NodeGroup")]
    [InlineData("azure-native:containerservice/latest:AgentPool", "azure-native:containerservice/latest:AgentPool")]
    public void VersionedAzureNativeTokensNameTheUnversionedType(string token, string expected)
    {
        Assert.Equal(expected, ResourceTypes.Normalize(token));
    }

    [Fact]
    public void AVersionedAgentPoolInAnExportIsPricedLikeAnUnversionedOne()
    {
        var versioned = Costs(Export(AgentPool("azure-native:containerservice/v20240102preview:AgentPool", "a100")));
        var unversioned = Costs(Export(AgentPool(ResourceTypes.AksAgentPool, "a100")));

        Assert.True(versioned.Total.MaxUsdPerHour > 0m, "the versioned pool was not priced");
        Assert.Equal(unversioned.Total, versioned.Total);
        Assert.Equal(unversioned.MaxGpus, versioned.MaxGpus);
    }

    [Fact]
    public void AReplacementsLeftoverMarkedForDeletionIsNotCountedTwice()
    {
        var once = Costs(Export(AgentPool(ResourceTypes.AksAgentPool, "a100")));
        var withLeftover = Costs(Export(AgentPool(ResourceTypes.AksAgentPool, "a100"), AgentPool(ResourceTypes.AksAgentPool, "a100", delete: true)));

        Assert.Equal(once.Total, withLeftover.Total);
        Assert.Equal(once.MaxGpus, withLeftover.MaxGpus);
    }

    private static StackCostReport Costs(string export)
    {
        var file = PulumiJson.Read(Encoding.UTF8.GetBytes(export), "export.json");
        return new PolicyInput(ResourceModel.After(file), Build.Context(cloud: Cloud.Azure, region: "eastus")).Costs;
    }

    private static string AgentPool(string type, string name, bool delete = false) => $$"""
        {
          "urn": "urn:pulumi:prod::mlplatform::{{type}}::{{name}}",
          "custom": true,
          "id": "/subscriptions/0/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks/agentPools/{{name}}",
          "type": "{{type}}",
          {{(delete ? "\"delete\": true," : string.Empty)}}
          "inputs": {
            "vmSize": "Standard_NC24ads_A100_v4", "enableAutoScaling": true, "minCount": 0, "maxCount": 4,
            "scaleSetPriority": "Regular", "nodeLabels": { "mlplatform.io/pool": "a100" }
          },
          "outputs": {}
        }
        """;

    private static string Export(params string[] resources) => $$"""
        {
          "version": 3,
          "deployment": {
            "manifest": { "time": "2026-12-01T00:00:00Z", "magic": "x", "version": "v3.200.0" },
            "resources": [
              { "urn": "urn:pulumi:prod::mlplatform::pulumi:pulumi:Stack::mlplatform-prod", "custom": false, "type": "pulumi:pulumi:Stack" },
              {{string.Join(",\n", resources)}}
            ]
          }
        }
        """;
}
