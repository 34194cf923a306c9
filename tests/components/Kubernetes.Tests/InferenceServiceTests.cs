using System.Collections.Immutable;
using MlPlatform.Testing;

namespace MlPlatform.Components.Kubernetes.Tests;

public sealed class InferenceServiceTests
{
    private const string DeploymentType = "kubernetes:apps/v1:Deployment";

    private static async Task<(EchoMocks Mocks, InferenceService Service)> Deploy(InferenceServiceArgs args) =>
        await K8sTest.DeployAsync(() => new InferenceService("ocr-cls-2", args));

    private static ImmutableDictionary<string, object> Runtime(EchoMocks mocks) =>
        Assert.Single(mocks.OfType(DeploymentType)).PodSpec().Objs("containers").Single(c => c.Str("name") == "runtime");

    [Fact]
    public async Task PodsTolerateTheGpuTaintAndTheSpotTaintWhenSpotIsAllowed()
    {
        var (mocks, _) = await Deploy(K8sTest.InferenceArgs(spot: true));
        var tolerations = Assert.Single(mocks.OfType(DeploymentType)).PodSpec().Objs("tolerations").Select(t => t.Str("key")).ToList();
        Assert.Contains(GpuNodeLabels.GpuTaintKey, tolerations);
        Assert.Contains(GpuNodeLabels.AzureSpotTaintKey, tolerations);
    }

    [Fact]
    public async Task WithoutSpotPodsRequireOnDemandNodesAndDoNotTolerateSpot()
    {
        var (mocks, _) = await Deploy(K8sTest.InferenceArgs(spot: false));
        var pod = Assert.Single(mocks.OfType(DeploymentType)).PodSpec();
        Assert.DoesNotContain(pod.Objs("tolerations"), t => t.Str("key") == GpuNodeLabels.AzureSpotTaintKey);
        var expressions = pod.Obj("affinity").Obj("nodeAffinity").Obj("requiredDuringSchedulingIgnoredDuringExecution")
            .Objs("nodeSelectorTerms").Single().Objs("matchExpressions").ToDictionary(e => e.Str("key"), e => e.List("values").Cast<string>().Single());
        Assert.Equal(GpuNodeLabels.OnDemand, expressions[GpuNodeLabels.CapacityType]);
        Assert.Equal("L4", expressions[GpuNodeLabels.GpuType]);
    }

    [Fact]
    public async Task ReadinessProbeIsTheRuntimesReadyEndpoint()
    {
        var (mocks, _) = await Deploy(K8sTest.InferenceArgs());
        var runtime = Runtime(mocks);
        Assert.Equal("/v2/health/ready", runtime.Obj("readinessProbe").Obj("httpGet").Str("path"));
        Assert.Equal(8000, runtime.Obj("readinessProbe").Obj("httpGet").Num("port"));
        Assert.True(runtime.ContainsKey("livenessProbe"));
        Assert.True(runtime.ContainsKey("startupProbe"));
    }

    [Fact]
    public async Task PreStopSleepAndGracePeriodDrainInFlightRequests()
    {
        var (mocks, _) = await Deploy(K8sTest.InferenceArgs());
        var pod = Assert.Single(mocks.OfType(DeploymentType)).PodSpec();
        var preStop = Runtime(mocks).Obj("lifecycle").Obj("preStop").Obj("sleep").Num("seconds");
        Assert.True(preStop > 0);
        Assert.True(pod.Num("terminationGracePeriodSeconds") >= preStop + 30);
    }

    [Fact]
    public async Task WarmPoolFromConfigIsTheMinimumOfTheAutoscaler()
    {
        var (mocks, _) = await Deploy(K8sTest.InferenceArgs());
        Assert.Equal(2, Assert.Single(mocks.OfType(DeploymentType)).Inputs.Obj("spec").Num("replicas"));
        var hpa = Assert.Single(mocks.OfType("kubernetes:autoscaling/v2:HorizontalPodAutoscaler")).Inputs.Obj("spec");
        Assert.Equal(2, hpa.Num("minReplicas"));
        Assert.Equal(6, hpa.Num("maxReplicas"));
        Assert.Equal(Autoscaling.QueueDepthMetric, hpa.Objs("metrics").Single().Obj("pods").Obj("metric").Str("name"));
    }

    [Fact]
    public async Task KedaReplacesTheHpaWhenEnabled()
    {
        var (mocks, _) = await Deploy(K8sTest.InferenceArgs(keda: true));
        Assert.Empty(mocks.OfType("kubernetes:autoscaling/v2:HorizontalPodAutoscaler"));
        var scaled = Assert.Single(mocks.OfType("kubernetes:keda.sh/v1alpha1:ScaledObject")).Inputs;
        Assert.Equal("ocr-cls-v2", scaled.Obj("spec").Obj("scaleTargetRef").Str("name"));
    }

    [Fact]
    public async Task PodDisruptionBudgetKeepsAllButOneReplica()
    {
        var (mocks, _) = await Deploy(K8sTest.InferenceArgs());
        Assert.Equal(1, Assert.Single(mocks.OfType("kubernetes:policy/v1:PodDisruptionBudget")).Inputs.Obj("spec").Num("maxUnavailable"));
    }

    [Fact]
    public async Task RuntimeReadsTheModelStoreWithTheReadOnlyServiceAccount()
    {
        var (mocks, _) = await Deploy(K8sTest.InferenceArgs());
        var pod = Assert.Single(mocks.OfType(DeploymentType)).PodSpec();
        Assert.Equal("inference", pod.Str("serviceAccountName"));
        var env = Runtime(mocks).Objs("env").ToDictionary(e => e.Str("name"), e => e.Str("value"));
        Assert.Equal("S3", env["Inference__Repository__Kind"]);
        Assert.Equal("mlp-dev-models", env["Inference__Repository__Bucket"]);
    }

    [Fact]
    public async Task PullerInitContainerCopiesTheVersionWhenConfigured()
    {
        var args = K8sTest.InferenceArgs();
        var withPuller = new InferenceServiceArgs
        {
            Model = args.Model, ModelVersion = args.ModelVersion, Namespace = args.Namespace, Image = args.Image, RuntimeVersion = args.RuntimeVersion,
            Cloud = args.Cloud, ModelStoreUri = args.ModelStoreUri, Autoscaling = args.Autoscaling,
            ModelPullerImage = "public.ecr.aws/aws-cli/aws-cli@" + K8sTest.Digest,
        };
        var (mocks, _) = await Deploy(withPuller);
        var init = Assert.Single(Assert.Single(mocks.OfType(DeploymentType)).PodSpec().Objs("initContainers"));
        Assert.Equal("s3://mlp-dev-models/models/ocr-cls/2/", init.List("command")[3]);
        // The runtime then serves the pulled copy as a local repository and needs no store access of its own.
        var env = Runtime(mocks).Objs("env").ToDictionary(e => e.Str("name"), e => e.Str("value"));
        Assert.Equal("Local", env["Inference__Repository__Kind"]);
        Assert.Equal(ModelRepositoryEnvironment.CacheDirectory, env["Inference__Repository__Path"]);
    }

    [Fact]
    public async Task GpusAreRequestedAndLimited()
    {
        var (mocks, _) = await Deploy(K8sTest.InferenceArgs());
        var resources = Runtime(mocks).Obj("resources");
        Assert.Equal("1", resources.Obj("requests")["nvidia.com/gpu"]);
        Assert.Equal("1", resources.Obj("limits")["nvidia.com/gpu"]);
    }

    [Fact]
    public async Task ServiceIsNamedAfterTheModelVersionForTheRoute()
    {
        var (_, service) = await Deploy(K8sTest.InferenceArgs());
        Assert.Equal("ocr-cls-v2", await service.ServiceName.GetAsync());
    }
}
