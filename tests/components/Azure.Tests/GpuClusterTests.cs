using MlPlatform.Testing;
using Pulumi;

namespace MlPlatform.Components.Azure.Tests;

public sealed class GpuClusterTests
{
    private const string ClusterType = "azure-native:containerservice:ManagedCluster";

    internal static GpuClusterArgs Args(bool privateApi = false, bool monitoring = true) => new()
    {
        ClusterName = "mlp-dev",
        Location = AzureTestEnvironment.Region,
        Tags = AzureTestEnvironment.Tags,
        NetworkCidr = "10.40.0.0/16",
        AvailabilityZoneCount = 2,
        PrivateApiServer = privateApi,
        MonitoringEnabled = monitoring,
        AdminGroupObjectIds = ["00000000-0000-0000-0000-00000000aaaa"],
    };

    private static async Task<(EchoMocks Mocks, GpuCluster Cluster)> DeployAsync(GpuClusterArgs args)
    {
        var mocks = AzureTestEnvironment.Mocks();
        GpuCluster? cluster = null;
        await AzureTestEnvironment.DeployAsync(mocks, () => cluster = new GpuCluster("aks", args));
        return (mocks, cluster!);
    }

    [Fact]
    public async Task ClusterHasOidcIssuerWorkloadIdentityAndEntraRbacWithLocalAccountsDisabled()
    {
        var (mocks, _) = await DeployAsync(Args());

        var inputs = Assert.Single(mocks.OfType(ClusterType)).Inputs;
        Assert.Equal(true, inputs.Object("oidcIssuerProfile")["enabled"]);
        Assert.Equal(true, inputs.Object("securityProfile").Object("workloadIdentity")["enabled"]);
        Assert.Equal(true, inputs["disableLocalAccounts"]);
        Assert.Equal(true, inputs["enableRBAC"]);
        var aad = inputs.Object("aadProfile");
        Assert.Equal(true, aad["managed"]);
        Assert.Equal(true, aad["enableAzureRBAC"]);
        Assert.Equal(["00000000-0000-0000-0000-00000000aaaa"], aad.Strings("adminGroupObjectIDs").ToArray());
    }

    [Fact]
    public async Task TheDatabaseSubnetIsDelegatedToFlexibleServerAndOnlyThereWhenAsked()
    {
        var (plain, cluster) = await DeployAsync(Args());
        Assert.DoesNotContain(plain.OfType("azure-native:network:Subnet"), s => (string)s.Inputs["subnetName"] == SubnetPlan.DatabaseSubnetName);
        Assert.Equal(string.Empty, await cluster.DatabaseSubnetId.GetAsync());

        var args = Args();
        var (mocks, withDatabase) = await DeployAsync(new GpuClusterArgs
        {
            ClusterName = args.ClusterName,
            Location = args.Location,
            Tags = args.Tags,
            NetworkCidr = args.NetworkCidr,
            AvailabilityZoneCount = args.AvailabilityZoneCount,
            PrivateApiServer = args.PrivateApiServer,
            AdminGroupObjectIds = args.AdminGroupObjectIds,
            DatabaseSubnet = true,
        });
        var subnet = Assert.Single(mocks.OfType("azure-native:network:Subnet"), s => (string)s.Inputs["subnetName"] == SubnetPlan.DatabaseSubnetName);
        Assert.Equal("10.40.144.0/20", subnet.Inputs["addressPrefix"]);
        var delegation = (IReadOnlyDictionary<string, object>)Assert.Single(subnet.Inputs.List("delegations"));
        Assert.Equal("Microsoft.DBforPostgreSQL/flexibleServers", delegation["serviceName"]);
        Assert.Equal("aks-postgres_id", await withDatabase.DatabaseSubnetId.GetAsync());
    }

    [Fact]
    public async Task SystemPoolIsNeverSpot()
    {
        var (mocks, _) = await DeployAsync(Args());

        var system = (IReadOnlyDictionary<string, object>)Assert.Single(mocks.OfType(ClusterType)).Inputs.List("agentPoolProfiles").Single();
        Assert.Equal("system", system["name"]);
        Assert.Equal("System", system["mode"]);
        Assert.Equal("Regular", system["scaleSetPriority"]);
        Assert.Equal(["1", "2"], system.Strings("availabilityZones").ToArray());
    }

    [Fact]
    public async Task AutoscalerUsesThePriorityExpander()
    {
        var (mocks, _) = await DeployAsync(Args());

        var profile = Assert.Single(mocks.OfType(ClusterType)).Inputs.Object("autoScalerProfile");
        Assert.Equal("priority", profile["expander"]);
        Assert.Equal("false", profile["balanceSimilarNodeGroups"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PrivateApiServerFollowsTheOption(bool privateApi)
    {
        var (mocks, cluster) = await DeployAsync(Args(privateApi));

        Assert.Equal(privateApi, Assert.Single(mocks.OfType(ClusterType)).Inputs.Object("apiServerAccessProfile")["enablePrivateCluster"]);
        Assert.Equal(privateApi ? "https://mlp-dev.privatelink.eastus.azmk8s.io:443" : "https://mlp-dev.hcp.eastus.azmk8s.io:443", await cluster.Endpoint.GetAsync());
    }

    [Fact]
    public async Task MonitoringSendsContainerInsightsToAWorkspace()
    {
        var (mocks, _) = await DeployAsync(Args(monitoring: true));

        Assert.Single(mocks.OfType("azure-native:operationalinsights:Workspace"));
        var omsagent = Assert.Single(mocks.OfType(ClusterType)).Inputs.Object("addonProfiles").Object("omsagent");
        Assert.Equal(true, omsagent["enabled"]);
        Assert.Equal("true", omsagent.Object("config")["useAADAuth"]);
    }

    [Fact]
    public async Task WithoutMonitoringThereIsNoWorkspace()
    {
        var (mocks, _) = await DeployAsync(Args(monitoring: false));

        Assert.Empty(mocks.OfType("azure-native:operationalinsights:Workspace"));
    }

    [Fact]
    public async Task KubeconfigIsSecretAndUsesNonInteractiveLogin()
    {
        var (_, cluster) = await DeployAsync(Args());

        Assert.True(await cluster.Kubeconfig.IsSecretAsync());
        var kubeconfig = await cluster.Kubeconfig.GetAsync();
        Assert.Contains("- azurecli", kubeconfig, StringComparison.Ordinal);
        Assert.DoesNotContain("devicecode", kubeconfig, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutputsComeFromTheCluster()
    {
        var (_, cluster) = await DeployAsync(Args());

        Assert.Equal("mlp-dev", await cluster.ClusterName.GetAsync());
        Assert.Equal("https://eastus.oic.prod-aks.azure.com/tenant/cluster/", await cluster.OidcIssuer.GetAsync());
        Assert.Equal("kubelet-object-id", await cluster.KubeletObjectId.GetAsync());
        Assert.Equal("mlp-dev-rg", await cluster.ResourceGroupName.GetAsync());
    }

    [Fact]
    public async Task NetworkIsSplitIntoNodeAndEndpointSubnetsWithOverlayPods()
    {
        var (mocks, _) = await DeployAsync(Args());

        Assert.Equal(["10.40.0.0/17", "10.40.128.0/20"], mocks.OfType("azure-native:network:Subnet").Select(s => (string)s.Inputs["addressPrefix"]).ToArray());
        var network = Assert.Single(mocks.OfType(ClusterType)).Inputs.Object("networkProfile");
        Assert.Equal("azure", network["networkPlugin"]);
        Assert.Equal("overlay", network["networkPluginMode"]);
    }

    [Fact]
    public async Task EndpointSubnetAppliesNetworkPoliciesToPrivateEndpointsAndIsAnOutput()
    {
        var (mocks, cluster) = await DeployAsync(Args());

        var subnets = mocks.OfType("azure-native:network:Subnet");
        var endpoints = Assert.Single(subnets, s => (string)s.Inputs["subnetName"] == SubnetPlan.EndpointsSubnetName);
        var nodes = Assert.Single(subnets, s => (string)s.Inputs["subnetName"] == SubnetPlan.NodesSubnetName);
        Assert.Equal("Enabled", endpoints.Inputs["privateEndpointNetworkPolicies"]);
        Assert.Equal("Disabled", nodes.Inputs["privateEndpointNetworkPolicies"]);
        Assert.Equal($"{endpoints.Name}_id", await cluster.EndpointSubnetId.GetAsync());
    }

    [Fact]
    public async Task EveryResourceCarriesTheCommonTags()
    {
        var (mocks, _) = await DeployAsync(Args());

        foreach (var type in new[] { "azure-native:resources:ResourceGroup", "azure-native:network:VirtualNetwork", ClusterType, "azure-native:operationalinsights:Workspace" })
        {
            var tags = Assert.Single(mocks.OfType(type)).Inputs.Object("tags");
            Assert.Equal("dev", tags["environment"]);
            Assert.Equal("cc-4000", tags["cost-center"]);
            Assert.Equal(CommonTags.ManagedByValue, tags["managed-by"]);
        }
    }

    [Fact]
    public void InvalidArgsFailNamingEveryField()
    {
        var args = new GpuClusterArgs
        {
            ClusterName = "-bad-",
            Location = AzureTestEnvironment.Region,
            Tags = AzureTestEnvironment.Tags,
            AvailabilityZoneCount = 5,
            NetworkCidr = "not-a-cidr",
        };

        var errors = GpuCluster.Validate(args);

        Assert.Equal(["cluster.name", "cluster.availabilityZones", "cluster.networkCidr"], errors.Select(e => e.Path).ToArray());
    }

    [Fact]
    public async Task ComponentRegistersItsOutputs()
    {
        var (mocks, _) = await DeployAsync(Args());

        var outputs = Assert.Single(mocks.RegisteredOutputs, o => o.Key.EndsWith("mlplatform:azure:GpuCluster::aks", StringComparison.Ordinal)).Value;
        Assert.Contains("kubeconfig", outputs.Keys);
        Assert.Contains("oidcIssuer", outputs.Keys);
        Assert.Contains("endpoint", outputs.Keys);
    }
}
