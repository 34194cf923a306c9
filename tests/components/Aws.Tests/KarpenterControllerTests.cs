using System.Collections.Concurrent;
using System.Collections.Immutable;
using MlPlatform.Components.Kubernetes;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.Components.Aws.Tests;

public sealed class KarpenterControllerTests
{
    private const string NodeRoleArn = "arn:aws:iam::123456789012:role/mlp-dev-node";

    private const string QueueName = "mlp-dev-karpenter";

    private const string ReleaseType = "kubernetes:helm.sh/v3:Release";

    private static KarpenterControllerArgs Args(ProviderResource provider, KarpenterControllerSettings? settings = null) => new()
    {
        ClusterName = "mlp-dev",
        ClusterNameOutput = Output.Create("mlp-dev"),
        Region = AwsTestEnvironment.Region,
        AccountId = AwsTestEnvironment.Account,
        NodeRoleArn = NodeRoleArn,
        Provider = provider,
        Tags = AwsTestEnvironment.Tags,
        Settings = settings ?? KarpenterControllerSettings.Default,
    };

    private static async Task<EchoMocks> DeployAsync(Action<ProviderResource> program)
    {
        var mocks = AwsTestEnvironment.Mocks();
        await Deployment.TestAsync(mocks, new TestOptions(), () =>
        {
            var provider = new Pulumi.Kubernetes.Provider("k8s", new Pulumi.Kubernetes.ProviderArgs { KubeConfig = "apiVersion: v1" });
            program(provider);
        });
        return mocks;
    }

    [Fact]
    public async Task InterruptionQueueIsEncryptedAndKeepsMessagesFiveMinutes()
    {
        var mocks = await DeployAsync(p => _ = new KarpenterController("karpenter", Args(p)));

        var queue = Assert.Single(mocks.OfType("aws:sqs/queue:Queue")).Inputs;
        Assert.Equal(QueueName, queue["name"]);
        Assert.Equal(300.0, queue["messageRetentionSeconds"]);
        Assert.Equal(true, queue["sqsManagedSseEnabled"]);
        var policy = Assert.Single(mocks.OfType("aws:sqs/queuePolicy:QueuePolicy")).Inputs;
        Assert.Equal($"https://sqs.{AwsTestEnvironment.Region}.amazonaws.com/{AwsTestEnvironment.Account}/{QueueName}", policy["queueUrl"]);
        Assert.Equal(IamPolicies.KarpenterInterruptionQueue($"arn:aws:sqs:{AwsTestEnvironment.Region}:{AwsTestEnvironment.Account}:{QueueName}"), policy["policy"]);
    }

    [Fact]
    public async Task EachOfTheFourInterruptionRulesTargetsTheQueue()
    {
        var mocks = await DeployAsync(p => _ = new KarpenterController("karpenter", Args(p)));

        var rules = mocks.OfType("aws:cloudwatch/eventRule:EventRule");
        var targets = mocks.OfType("aws:cloudwatch/eventTarget:EventTarget");
        Assert.Equal(
            KarpenterInterruptionEvents.Rules.Select(KarpenterInterruptionEvents.EventPattern).Order(StringComparer.Ordinal),
            rules.Select(r => (string)r.Inputs["eventPattern"]).Order(StringComparer.Ordinal));
        Assert.Equal(4, targets.Count);
        Assert.Equal(rules.Select(r => (string)r.Inputs["name"]).Order(StringComparer.Ordinal), targets.Select(t => (string)t.Inputs["rule"]).Order(StringComparer.Ordinal));
        Assert.All(targets, t => Assert.Equal($"arn:aws:sqs:{AwsTestEnvironment.Region}:{AwsTestEnvironment.Account}:{QueueName}", t.Inputs["arn"]));
    }

    [Fact]
    public async Task ControllerRoleIsAssumedThroughPodIdentityByTheChartsServiceAccount()
    {
        var mocks = await DeployAsync(p => _ = new KarpenterController("karpenter", Args(p)));

        var role = Assert.Single(mocks.OfType("aws:iam/role:Role")).Inputs;
        Assert.Equal(IamPolicies.PodIdentityAssumeRole(), role["assumeRolePolicy"]);
        var association = Assert.Single(mocks.OfType("aws:eks/podIdentityAssociation:PodIdentityAssociation")).Inputs;
        Assert.Equal(("kube-system", "karpenter", "mlp-dev"), ((string)association["namespace"], (string)association["serviceAccount"], (string)association["clusterName"]));
        var values = Assert.Single(mocks.OfType(ReleaseType)).Inputs.Object("values");
        Assert.Equal(association["serviceAccount"], values.Object("serviceAccount")["name"]);
        var policy = (string)Assert.Single(mocks.OfType("aws:iam/policy:Policy")).Inputs["policy"];
        var expected = IamPolicies.KarpenterController(new KarpenterPolicyScope(
            "mlp-dev", AwsTestEnvironment.Region, AwsTestEnvironment.Account, $"arn:aws:sqs:{AwsTestEnvironment.Region}:{AwsTestEnvironment.Account}:{QueueName}", NodeRoleArn));
        Assert.Equal(expected, policy);
        Assert.Single(mocks.OfType("aws:iam/rolePolicyAttachment:RolePolicyAttachment"));
    }

    [Fact]
    public async Task ChartIsTheOfficialOciReleaseAtThePinnedVersionInKubeSystem()
    {
        var mocks = await DeployAsync(p => _ = new KarpenterController("karpenter", Args(p, KarpenterControllerSettings.Default with { ChartVersion = "1.8.2", Replicas = 3 })));

        var release = Assert.Single(mocks.OfType(ReleaseType));
        Assert.Equal("oci://public.ecr.aws/karpenter/karpenter", release.Inputs["chart"]);
        Assert.Equal("1.8.2", release.Inputs["version"]);
        Assert.Equal("kube-system", release.Inputs["namespace"]);
        Assert.Equal("karpenter", release.Inputs["name"]);
        Assert.StartsWith("urn:pulumi:", release.Provider, StringComparison.Ordinal);
        Assert.Contains("pulumi:providers:kubernetes::k8s", release.Provider, StringComparison.Ordinal);
        var values = release.Inputs.Object("values");
        Assert.Equal(KarpenterChartValues.For("mlp-dev", QueueName, KarpenterControllerSettings.Default with { Replicas = 3 }).Keys.Order(StringComparer.Ordinal), values.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(QueueName, values.Object("settings")["interruptionQueue"]);
        Assert.Equal("mlp-dev", values.Object("settings")["clusterName"]);
        Assert.Equal(3.0, values["replicas"]);
        Assert.Equal("system", values.Object("nodeSelector")[GpuNodeLabels.Pool]);
    }

    [Fact]
    public async Task EveryResourceIsDeclaredUnderTheComponent()
    {
        var parents = new ConcurrentDictionary<string, string?>();
        KarpenterController? controller = null;
        var mocks = await DeployAsync(p => controller = new KarpenterController("karpenter", Args(p), new ComponentResourceOptions
        {
            ResourceTransformations =
            {
                args =>
                {
                    parents[$"{args.Resource.GetResourceType()}::{args.Resource.GetResourceName()}"] = args.Options.Parent?.GetResourceName();
                    return null;
                },
            },
        }));

        // The component's transformations see exactly its descendants: everything but the provider declared beside it.
        var declared = mocks.Resources.Where(r => r.Type != "pulumi:providers:kubernetes").Select(r => $"{r.Type}::{r.Name}");
        Assert.Subset(parents.Keys.ToHashSet(), declared.ToHashSet());
        Assert.Equal(15, declared.Count(t => !t.StartsWith("mlplatform:", StringComparison.Ordinal)));
        Assert.All(parents.Where(p => !p.Key.StartsWith(KarpenterController.TypeToken, StringComparison.Ordinal)), p =>
            Assert.True(p.Value is "karpenter" or "karpenter-identity", $"{p.Key} is parented to {p.Value ?? "nothing"}"));
        Assert.Equal("karpenter", parents[$"{PodIdentityRole.TypeToken}::karpenter-identity"]);
        Assert.All(declared.Where(d => d.StartsWith("aws:", StringComparison.Ordinal) || d.StartsWith("kubernetes:", StringComparison.Ordinal)), d =>
            Assert.StartsWith("karpenter-", d.Split("::")[1], StringComparison.Ordinal));
        Assert.Equal($"arn:aws:sqs:{AwsTestEnvironment.Region}:{AwsTestEnvironment.Account}:{QueueName}", await controller!.InterruptionQueueArn.GetAsync());
        Assert.Equal(QueueName, await controller.InterruptionQueueName.GetAsync());
        Assert.Equal(KarpenterControllerSettings.DefaultChartVersion, await controller.ChartVersion.GetAsync());
    }

    [Fact]
    public async Task InvalidSettingsFailBeforeAnyAwsResourceWithEveryProblem()
    {
        var mocks = AwsTestEnvironment.Mocks();
        var settings = KarpenterControllerSettings.Default with { ChartVersion = "latest", Replicas = 0 };

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(mocks, new TestOptions(), () =>
        {
            var provider = new Pulumi.Kubernetes.Provider("k8s", new Pulumi.Kubernetes.ProviderArgs { KubeConfig = "apiVersion: v1" });
            _ = new KarpenterController("karpenter", Args(provider, settings));
        }));

        Assert.Contains(nameof(InvalidSpecException), error.ToString(), StringComparison.Ordinal);
        Assert.Contains("karpenter.chartVersion", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("karpenter.replicas", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(mocks.Resources, r => r.Type!.StartsWith("aws:", StringComparison.Ordinal) || r.Type == ReleaseType);
    }

    [Fact]
    public async Task KarpenterObjectsWaitForTheReleaseThatInstallsTheirCrds()
    {
        var plan = GpuPoolPlan.Create(GpuNodePoolTests.L4Pool(), "p", "mlp-dev", AwsTestEnvironment.Region, AwsTestEnvironment.Catalog);
        ImmutableArray<ImmutableDictionary<string, object>> manifests =
        [
            KarpenterManifests.NodeClass(plan, "mlp-dev", "mlp-dev-node", null, AwsTestEnvironment.Tags, KarpenterSettings.Default),
            .. KarpenterManifests.NodePools(plan, KarpenterSettings.Default),
        ];
        var dependencies = new ConcurrentDictionary<string, Output<ImmutableArray<Resource>>>();
        Resource? release = null;

        await DeployAsync(p =>
        {
            var controller = new KarpenterController("karpenter", Args(p));
            release = controller.Release;
            _ = new GpuAddons("addons", new GpuAddonsArgs
            {
                Provider = p,
                Pools = [plan.Spec],
                Extensions = [new KarpenterNodeObjects(manifests, controller.Release)],
            }, new ComponentResourceOptions
            {
                ResourceTransformations =
                {
                    args =>
                    {
                        if (args.Resource.GetResourceType().StartsWith("kubernetes:karpenter", StringComparison.Ordinal))
                        {
                            dependencies[args.Resource.GetResourceName()] = args.Options.DependsOn;
                        }

                        return null;
                    },
                },
            });
        });

        Assert.Equal(3, dependencies.Count);
        foreach (var (_, dependsOn) in dependencies)
        {
            Assert.Contains(release!, await dependsOn.GetAsync());
        }
    }
}
