namespace MlPlatform.Components.Kubernetes.Tests;

public sealed class ServingSettingsTests
{
    [Fact]
    public void GracePeriodCoversPreStopSleepAndTheLongestRequest()
    {
        var drain = DrainSettings.For(maxRequestSeconds: 30);
        Assert.Equal(10, drain.PreStopSleepSeconds);
        Assert.True(drain.TerminationGracePeriodSeconds >= drain.PreStopSleepSeconds + 30);
    }

    [Fact]
    public void ReadinessUsesTheRuntimesOipReadyEndpoint()
    {
        var probe = ServingProbes.InferenceReadiness(8000);
        Assert.Equal("/v2/health/ready", probe.Path);
        Assert.Equal(8000, probe.Port);
    }

    [Fact]
    public void StartupProbeAllowsForModelDownloadBeforeLivenessCounts()
    {
        var startup = ServingProbes.InferenceStartup(8000, maxStartupSeconds: 600);
        Assert.True(startup.PeriodSeconds * startup.FailureThreshold >= 600);
    }

    [Fact]
    public void KedaScaledObjectScalesTheVersionOnItsQueueDepth()
    {
        var spec = Autoscaling.KedaScaledObject("ocr-cls-v2", "ocr-cls", "2", new AutoscalingSettings(2, 6, 4, UseKeda: true));
        Assert.Equal("ocr-cls-v2", spec.Obj("scaleTargetRef").Str("name"));
        Assert.Equal(2, (int)spec["minReplicaCount"]);
        var trigger = spec.Objs("triggers").Single();
        Assert.Equal("prometheus", trigger.Str("type"));
        Assert.Equal("sum(inference_queue_depth{model=\"ocr-cls\",version=\"2\"})", trigger.Obj("metadata").Str("query"));
    }

    [Fact]
    public void ScaleToZeroNeedsKedaBecauseAnHpaKeepsOneReplica()
    {
        var paths = Autoscaling.Validate(new AutoscalingSettings(0, -1, 0), "models[m]").Select(e => e.Path).ToList();
        Assert.Equal(["models[m].minReplicas", "models[m].maxReplicas", "models[m].targetQueueDepth"], paths);
        Assert.Empty(Autoscaling.Validate(new AutoscalingSettings(0, 2, UseKeda: true), "models[m]"));
    }

    [Theory]
    [InlineData("s3://mlp-dev-models", "S3", "Inference__Repository__Bucket", "mlp-dev-models")]
    [InlineData("s3://bucket/team/a", "S3", "Inference__Repository__Prefix", "team/a")]
    [InlineData("https://acct.blob.core.windows.net/models", "AzureBlob", "Inference__Repository__ContainerUri", "https://acct.blob.core.windows.net/models")]
    public void RuntimeReadsTheModelStoreItIsGiven(string uri, string kind, string key, string value)
    {
        var env = ModelRepositoryEnvironment.For(uri);
        Assert.Equal(kind, env["Inference__Repository__Kind"]);
        Assert.Equal(value, env[key]);
        Assert.Equal(ModelRepositoryEnvironment.CacheDirectory, env["Inference__Repository__CacheDirectory"]);
    }

    [Fact]
    public void UnknownModelStoreSchemeIsRefused() =>
        Assert.Throws<ArgumentException>(() => ModelRepositoryEnvironment.For("ftp://models"));

    [Fact]
    public void PullerCopiesOneVersionInTheRuntimeLayout()
    {
        var command = ModelRepositoryEnvironment.PullCommand("s3://bucket", "ocr-cls", "2");
        Assert.Equal("s3://bucket/models/ocr-cls/2/", command[3]);
        Assert.Equal("/var/cache/inference/models/ocr-cls/2", command[4]);
    }

    [Theory]
    [InlineData("ocr-cls", "2", "ocr-cls-v2")]
    [InlineData("ocr-cls", "v3", "ocr-cls-v3")]
    [InlineData("OCR_Cls", "1.2", "ocr-cls-v1-2")]
    public void ModelVersionNamesAreDnsLabels(string model, string version, string expected) =>
        Assert.Equal(expected, KubernetesNames.ModelVersion(model, version));

    [Fact]
    public void LongNamesAreCutToSixtyThreeCharacters() =>
        Assert.True(KubernetesNames.Label(new string('a', 80)).Length <= 63);
}
