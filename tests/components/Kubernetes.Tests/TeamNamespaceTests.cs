using MlPlatform.CostModel;

namespace MlPlatform.Components.Kubernetes.Tests;

public sealed class TeamNamespaceTests
{
    [Fact]
    public async Task ResourceQuotaMatchesTheTeamConfig()
    {
        var (mocks, _) = await K8sTest.DeployAsync(() => new TeamNamespace("team-vision", K8sTest.TeamArgs()));
        var quota = Assert.Single(mocks.OfType("kubernetes:core/v1:ResourceQuota")).Inputs;
        Assert.Equal("vision", quota.Obj("metadata").Str("namespace"));
        var hard = quota.Obj("spec").Obj("hard");
        Assert.Equal("16", hard["requests.nvidia.com/gpu"]);
        Assert.Equal("64", hard["requests.cpu"]);
        Assert.Equal("256Gi", hard["requests.memory"]);
    }

    [Fact]
    public async Task LimitRangeGivesContainersDefaultRequests()
    {
        var (mocks, _) = await K8sTest.DeployAsync(() => new TeamNamespace("team-vision", K8sTest.TeamArgs()));
        var item = Assert.Single(mocks.OfType("kubernetes:core/v1:LimitRange")).Inputs.Obj("spec").Objs("limits").Single();
        Assert.Equal("Container", item.Str("type"));
        Assert.Equal("250m", item.Obj("defaultRequest")["cpu"]);
    }

    [Fact]
    public async Task NamespaceStartsFromDefaultDeny()
    {
        var (mocks, _) = await K8sTest.DeployAsync(() => new TeamNamespace("team-vision", K8sTest.TeamArgs()));
        var policies = mocks.OfType("kubernetes:networking.k8s.io/v1:NetworkPolicy").ToDictionary(p => p.Inputs.Obj("metadata").Str("name"), p => p.Inputs.Obj("spec"));
        var deny = policies["default-deny"];
        Assert.Equal(["Ingress", "Egress"], deny.List("policyTypes").Cast<string>().ToArray());
        Assert.False(deny.ContainsKey("ingress") && deny.List("ingress").Length > 0);
        Assert.Contains("allow-gateway-to-inference", policies.Keys);
        Assert.Contains("allow-to-scheduler", policies.Keys);
    }

    [Fact]
    public async Task ServiceAccountsAreBoundToTheTeamsCloudIdentities()
    {
        var (mocks, _) = await K8sTest.DeployAsync(() => new TeamNamespace("team-vision", K8sTest.TeamArgs()));
        var accounts = mocks.OfType("kubernetes:core/v1:ServiceAccount").ToDictionary(a => a.Inputs.Obj("metadata").Str("name"), a => a.Inputs.Obj("metadata").Obj("annotations"));
        Assert.Equal("arn:aws:iam::123456789012:role/mlp-dev-team-vision", accounts["workload"][CloudIdentity.AwsRoleAnnotation]);
        Assert.Equal("arn:aws:iam::123456789012:role/mlp-dev-model-reader", accounts["inference"][CloudIdentity.AwsRoleAnnotation]);
        Assert.Equal("arn:aws:iam::123456789012:role/mlp-dev-model-writer", accounts["trainer"][CloudIdentity.AwsRoleAnnotation]);
    }

    [Fact]
    public async Task AzureBindsByWorkloadIdentityClientId()
    {
        var args = K8sTest.TeamArgs(Cloud.Azure);
        var (mocks, _) = await K8sTest.DeployAsync(() => new TeamNamespace("team-vision", args));
        Assert.All(mocks.OfType("kubernetes:core/v1:ServiceAccount"), a => Assert.True(a.Inputs.Obj("metadata").Obj("annotations").ContainsKey(CloudIdentity.AzureClientIdAnnotation)));
    }

    [Fact]
    public async Task NamespaceCarriesTheCostReportLabelsAndGatewayAccess()
    {
        var (mocks, team) = await K8sTest.DeployAsync(() => new TeamNamespace("team-vision", K8sTest.TeamArgs()));
        var labels = Assert.Single(mocks.OfType("kubernetes:core/v1:Namespace")).Labels();
        Assert.Equal("vision", labels[TeamNamespace.TeamLabel]);
        Assert.Equal("cv-research", labels[TeamNamespace.CostCenterLabel]);
        Assert.Equal("true", labels[GatewayApiSpecs.GatewayAccessLabel]);
        Assert.Equal("vision", await MlPlatform.Testing.OutputValues.GetAsync(team.NamespaceName));
    }

    [Fact]
    public void TeamNameThatIsNotADnsLabelIsRefused()
    {
        var args = K8sTest.TeamArgs();
        var errors = TeamNamespace.Validate(new TeamNamespaceArgs { Team = "Vision_Team", Quota = new TeamQuotaSpec(-1, 1, 1), Cloud = args.Cloud });
        Assert.Equal(["teams[Vision_Team].gpuQuota", "teams[Vision_Team].name"], errors.Select(e => e.Path).ToArray());
    }
}
