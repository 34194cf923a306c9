using System.Collections.Immutable;
using MlPlatform.Components.Kubernetes;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.Components.Aws.Tests;

public sealed class AddonsAndIdentityTests
{
    private static GpuPoolSpec Pool(string name, int sharing) =>
        new(name, ["g6.xlarge", "g6.2xlarge", "g6.4xlarge"], [], 0, 2, GpuSharingReplicas: sharing);

    private static readonly ClusterAutoscalerInstall Autoscaler = new("mlp-dev", AwsTestEnvironment.Region, "1.33");

    private static async Task<EchoMocks> DeployAsync(Func<ProviderResource, object> program)
    {
        var mocks = AwsTestEnvironment.Mocks();
        await Deployment.TestAsync(mocks, new TestOptions(), () =>
        {
            var provider = new Pulumi.Kubernetes.Provider("k8s", new Pulumi.Kubernetes.ProviderArgs { KubeConfig = "apiVersion: v1" });
            _ = program(provider);
        });
        return mocks;
    }

    [Fact]
    public async Task KarpenterObjectsAreDeclaredAsCustomResources()
    {
        var plan = GpuPoolPlan.Create(GpuNodePoolTests.L4Pool(), "p", "mlp-dev", AwsTestEnvironment.Region, AwsTestEnvironment.Catalog);
        ImmutableArray<ImmutableDictionary<string, object>> manifests =
        [
            KarpenterManifests.NodeClass(plan, "mlp-dev", "mlp-dev-node", null, AwsTestEnvironment.Tags, KarpenterSettings.Default),
            .. KarpenterManifests.NodePools(plan, KarpenterSettings.Default),
        ];

        var mocks = await DeployAsync(p => new GpuAddons("addons", new GpuAddonsArgs { Provider = p, Pools = [plan.Spec], Extensions = [Autoscaler, new KarpenterNodeObjects(manifests, null)] }));

        Assert.Single(mocks.OfType("kubernetes:karpenter.k8s.aws/v1:EC2NodeClass"));
        var pools = mocks.OfType("kubernetes:karpenter.sh/v1:NodePool");
        // Registration order is not part of the contract (outputs resolve asynchronously): compare as a set.
        Assert.Equal([10.0, 100.0], pools.Select(n => (double)n.Inputs.Object("spec")["weight"]!).Order().ToArray());
        Assert.Empty(mocks.OfType("kubernetes:core/v1:ConfigMap"));
    }

    [Fact]
    public async Task PodIdentityRoleIsTrustedByPodsAndBoundToEachServiceAccount()
    {
        var mocks = await DeployAsync(_ => new PodIdentityRole("reader", new PodIdentityRoleArgs
        {
            ClusterName = "mlp-dev",
            ServiceAccounts = [new ServiceAccountRef("mlplatform-system", "inference"), new ServiceAccountRef("vision", "inference")],
            PolicyArns = ["arn:aws:iam::123456789012:policy/read"],
            Tags = AwsTestEnvironment.Tags,
        }));

        Assert.Contains("pods.eks.amazonaws.com", (string)Assert.Single(mocks.OfType("aws:iam/role:Role")).Inputs["assumeRolePolicy"], StringComparison.Ordinal);
        var bindings = mocks.OfType("aws:eks/podIdentityAssociation:PodIdentityAssociation").Select(a => $"{a.Inputs["namespace"]}/{a.Inputs["serviceAccount"]}").Order(StringComparer.Ordinal);
        Assert.Equal(["mlplatform-system/inference", "vision/inference"], bindings);
        Assert.Equal("arn:aws:iam::123456789012:policy/read", Assert.Single(mocks.OfType("aws:iam/rolePolicyAttachment:RolePolicyAttachment")).Inputs["policyArn"]);
    }

    [Fact]
    public async Task ClusterAutoscalerRunsWithThePriorityExpanderAndDiscoversThisClustersGroups()
    {
        var mocks = await DeployAsync(p => new GpuAddons("addons", new GpuAddonsArgs
        {
            Provider = p,
            Pools = [Pool("a", 1)],
            PriorityExpanderEntries = [new PriorityExpanderEntry(50, "^mlp-dev-a-spot.*")],
            Extensions = [Autoscaler],
        }));

        var deployment = Assert.Single(mocks.OfType("kubernetes:apps/v1:Deployment")).Inputs;
        var pod = deployment.Object("spec").Object("template").Object("spec");
        Assert.Equal("cluster-autoscaler", pod["serviceAccountName"]);
        var command = ((IReadOnlyDictionary<string, object>)Assert.Single(pod.List("containers"))).Strings("command");
        Assert.Contains("--expander=priority", command);
        Assert.Contains("--node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/mlp-dev", command);
        Assert.Single(mocks.OfType("kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding"));
        Assert.Single(mocks.OfType("kubernetes:core/v1:ServiceAccount"));
    }

    [Fact]
    public async Task WithoutManagedNodeGroupsThereIsNoClusterAutoscaler()
    {
        var mocks = await DeployAsync(p => new GpuAddons("addons", new GpuAddonsArgs { Provider = p, Pools = [Pool("a", 1)], Extensions = [Autoscaler] }));

        Assert.Empty(mocks.OfType("kubernetes:apps/v1:Deployment"));
        Assert.Empty(mocks.OfType("kubernetes:core/v1:ServiceAccount"));
    }

    [Fact]
    public void ClusterAutoscalerMayOnlyScaleItsOwnGroups()
    {
        var policy = IamPolicies.ClusterAutoscaler("mlp-dev");

        Assert.Contains("aws:ResourceTag/k8s.io/cluster-autoscaler/mlp-dev", policy, StringComparison.Ordinal);
        Assert.Contains("eks:DescribeNodegroup", policy, StringComparison.Ordinal);
    }
}
