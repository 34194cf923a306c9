using MlPlatform.CostModel;

namespace MlPlatform.Components.Kubernetes.Tests;

public sealed class NetworkPoliciesTests
{
    private static System.Collections.Immutable.ImmutableArray<NetworkPolicySpecDefinition> Team(Cloud cloud = Cloud.Aws) =>
        NetworkPolicies.ForTeam(cloud, "mlplatform-gateway", 8000, "mlplatform-system", 8080);

    [Fact]
    public void TeamNamespaceDeniesAllTrafficByDefault()
    {
        var deny = Team().Single(p => p.Name == "default-deny");
        Assert.Empty(deny.PodLabels);
        Assert.Equal(["Ingress", "Egress"], deny.PolicyTypes.ToArray());
        Assert.Empty(deny.Ingress);
        Assert.Empty(deny.Egress);
    }

    [Fact]
    public void OnlyTheGatewayNamespaceReachesInferencePodsOnTheRuntimeRestAndGrpcPorts()
    {
        var policy = Team().Single(p => p.Name == "allow-gateway-to-inference");
        Assert.Equal("inference", policy.PodLabels["app.kubernetes.io/component"]);
        var rule = Assert.Single(policy.Ingress);
        Assert.Equal("mlplatform-gateway", Assert.Single(rule.Peers).NamespaceLabels![NetworkPolicies.NamespaceNameLabel]);
        Assert.Equal([8000, 8001], rule.Ports.Select(p => p.Port));
    }

    [Fact]
    public void PodsMayCallTheSchedulerApi()
    {
        var rule = Assert.Single(Team().Single(p => p.Name == "allow-to-scheduler").Egress);
        Assert.Equal("mlplatform-system", rule.Peers[0].NamespaceLabels![NetworkPolicies.NamespaceNameLabel]);
        Assert.Equal(8080, rule.Ports[0].Port);
    }

    [Fact]
    public void HttpsEgressExcludesTheInstanceMetadataService()
    {
        var peer = Team().Single(p => p.Name == "allow-https-egress").Egress[0].Peers[0];
        Assert.Equal("0.0.0.0/0", peer.Cidr);
        Assert.Contains(NetworkPolicies.InstanceMetadataCidr, peer.Except);
    }

    [Fact]
    public void AwsPodsReachThePodIdentityAgentButAzurePodsDoNotNeedIt()
    {
        static bool ReachesAgent(Cloud cloud) => Team(cloud).SelectMany(p => p.Egress).SelectMany(r => r.Peers).Any(p => p.Cidr == NetworkPolicies.EksPodIdentityAgentCidr);
        Assert.True(ReachesAgent(Cloud.Aws));
        Assert.False(ReachesAgent(Cloud.Azure));
    }

    [Fact]
    public void DnsIsAllowedToKubeSystemOnPort53()
    {
        var rule = Assert.Single(Team().Single(p => p.Name == "allow-dns").Egress);
        Assert.Equal("kube-system", rule.Peers[0].NamespaceLabels![NetworkPolicies.NamespaceNameLabel]);
        Assert.All(rule.Ports, p => Assert.Equal(53, p.Port));
    }

    [Fact]
    public void SchedulerAcceptsCallsOnlyFromTeamNamespaces()
    {
        var policy = NetworkPolicies.ForScheduler(Cloud.Aws, 8080, "mlplatform.io/team-namespace").Single(p => p.Name == "allow-teams-to-scheduler");
        var rule = Assert.Single(policy.Ingress);
        Assert.Equal("true", rule.Peers[0].NamespaceLabels!["mlplatform.io/team-namespace"]);
    }
}
