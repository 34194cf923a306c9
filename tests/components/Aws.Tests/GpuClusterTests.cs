using System.Collections.Immutable;
using System.Text.Json;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.Components.Aws.Tests;

public sealed class GpuClusterTests
{
    private static GpuClusterArgs Args(bool privateEndpoint = true, bool natPerZone = true) => new()
    {
        ClusterName = "mlp-dev",
        Region = AwsTestEnvironment.Region,
        Tags = AwsTestEnvironment.Tags,
        PrivateEndpoint = privateEndpoint,
        NatGatewayPerZone = natPerZone,
        AdminPrincipalArns = ["arn:aws:iam::123456789012:role/platform-admins"],
    };

    private static async Task<(EchoMocks Mocks, GpuCluster Cluster)> DeployAsync(GpuClusterArgs args)
    {
        var mocks = AwsTestEnvironment.Mocks();
        GpuCluster? cluster = null;
        await Deployment.TestAsync(mocks, new TestOptions(), () => cluster = new GpuCluster("gpu", args));
        return (mocks, cluster!);
    }

    [Fact]
    public async Task PrivateNodeSubnetsSpanThreeZonesAndAreTaggedForDiscovery()
    {
        var (mocks, _) = await DeployAsync(Args());

        var privates = mocks.OfType("aws:ec2/subnet:Subnet").Where(s => s.Name!.Contains("-private-", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, privates.Count);
        Assert.Equal(3, privates.Select(s => s.Inputs["availabilityZone"]).Distinct().Count());
        Assert.All(privates, s =>
        {
            var tags = s.Inputs.Object("tags");
            Assert.Equal("1", tags["kubernetes.io/role/internal-elb"]);
            Assert.Equal("mlp-dev", tags[AwsTags.KarpenterDiscovery]);
        });
    }

    [Fact]
    public async Task ClusterEncryptsSecretsWithItsOwnKeyAndLogsTheControlPlane()
    {
        var (mocks, _) = await DeployAsync(Args());

        var cluster = Assert.Single(mocks.OfType("aws:eks/cluster:Cluster")).Inputs;
        var encryption = cluster.Object("encryptionConfig");
        Assert.Equal(["secrets"], encryption.Strings("resources").ToArray());
        Assert.StartsWith("arn:aws:kms:", (string)encryption.Object("provider")["keyArn"], StringComparison.Ordinal);
        Assert.Equal(5, cluster.List("enabledClusterLogTypes").Length);
        Assert.Equal("API", cluster.Object("accessConfig")["authenticationMode"]);
    }

    [Fact]
    public async Task PrivateEndpointTurnsPublicAccessOff()
    {
        var (mocks, _) = await DeployAsync(Args(privateEndpoint: true));

        var vpcConfig = Assert.Single(mocks.OfType("aws:eks/cluster:Cluster")).Inputs.Object("vpcConfig");
        Assert.Equal(true, vpcConfig["endpointPrivateAccess"]);
        Assert.Equal(false, vpcConfig["endpointPublicAccess"]);
    }

    [Fact]
    public async Task ManagedAddOnsAreInstalled()
    {
        var (mocks, _) = await DeployAsync(Args());

        var addons = mocks.OfType("aws:eks/addon:Addon").Select(a => (string)a.Inputs["addonName"]).Order(StringComparer.Ordinal);
        Assert.Equal(["coredns", "eks-pod-identity-agent", "kube-proxy", "vpc-cni"], addons);
    }

    [Fact]
    public async Task AdminsGetAccessEntriesWithClusterAdminPolicy()
    {
        var (mocks, _) = await DeployAsync(Args());

        var association = Assert.Single(mocks.OfType("aws:eks/accessPolicyAssociation:AccessPolicyAssociation")).Inputs;
        Assert.Equal("arn:aws:iam::123456789012:role/platform-admins", association["principalArn"]);
        Assert.Equal(GpuCluster.ClusterAdminPolicyArn, association["policyArn"]);
        Assert.Single(mocks.OfType("aws:eks/accessEntry:AccessEntry"));
    }

    [Fact]
    public async Task SystemGroupIsOnDemandUntaintedAndUsesAnImdsV2Template()
    {
        var (mocks, _) = await DeployAsync(Args());

        var system = Assert.Single(mocks.OfType("aws:eks/nodeGroup:NodeGroup")).Inputs;
        Assert.Equal("ON_DEMAND", system["capacityType"]);
        Assert.False(system.ContainsKey("taints"));
        var template = Assert.Single(mocks.OfType("aws:ec2/launchTemplate:LaunchTemplate")).Inputs;
        Assert.Equal("required", template.Object("metadataOptions")["httpTokens"]);
    }

    [Fact]
    public async Task OneNatGatewayWhenNotPerZone()
    {
        var (perZone, _) = await DeployAsync(Args(natPerZone: true));
        var (shared, _) = await DeployAsync(Args(natPerZone: false));

        Assert.Equal(3, perZone.OfType("aws:ec2/natGateway:NatGateway").Count);
        Assert.Single(shared.OfType("aws:ec2/natGateway:NatGateway"));
    }

    [Fact]
    public async Task NodeRoleTrustsEc2AndCarriesWorkerPolicies()
    {
        var (mocks, _) = await DeployAsync(Args());

        var role = mocks.Named("aws:iam/role:Role", "gpu-node").Inputs;
        using var trust = JsonDocument.Parse((string)role["assumeRolePolicy"]);
        Assert.Equal("ec2.amazonaws.com", trust.RootElement.GetProperty("Statement")[0].GetProperty("Principal").GetProperty("Service").GetString());
        var attached = mocks.OfType("aws:iam/rolePolicyAttachment:RolePolicyAttachment").Select(a => (string)a.Inputs["policyArn"]).ToHashSet();
        Assert.Superset(GpuCluster.NodeRolePolicies.ToHashSet(), attached);
    }

    [Fact]
    public async Task KubeconfigIsSecretAndPointsAtTheEndpoint()
    {
        var (_, cluster) = await DeployAsync(Args());

        Assert.True(await cluster.Kubeconfig.IsSecretAsync());
        var kubeconfig = await cluster.Kubeconfig.GetAsync();
        Assert.Contains("server: https://mlp-dev.gr7.us-east-1.eks.amazonaws.com", kubeconfig, StringComparison.Ordinal);
        Assert.Equal("https://oidc.eks.us-east-1.amazonaws.com/id/ABC", await cluster.OidcIssuer.GetAsync());
    }

    [Fact]
    public async Task EveryTaggableResourceCarriesTheCommonTags()
    {
        var (mocks, _) = await DeployAsync(Args());

        var tagged = mocks.Resources.Where(r => r.Inputs.ContainsKey("tags")).ToList();
        Assert.NotEmpty(tagged);
        Assert.All(tagged, r =>
        {
            var tags = r.Inputs.Object("tags");
            Assert.Equal("dev", tags["environment"]);
            Assert.Equal(CommonTags.ManagedByValue, tags["managed-by"]);
        });
    }

    [Fact]
    public async Task SingleZoneIsRejectedNamingTheField()
    {
        var args = new GpuClusterArgs { ClusterName = "c", Region = "us-east-1", Tags = AwsTestEnvironment.Tags, AvailabilityZoneCount = 1 };

        var error = await Assert.ThrowsAnyAsync<Exception>(() => DeployAsync(args));

        Assert.Contains("cluster.availabilityZones", error.ToString(), StringComparison.Ordinal);
    }
}
