using MlPlatform.Testing;

using MlPlatform.Scheduler.Configuration;

namespace MlPlatform.Components.Kubernetes.Tests;

/// <summary>Rules every object of the layer follows, checked over all four components at once.</summary>
public sealed class LabelsAndDigestsTests
{
    private static async Task<EchoMocks> DeployAllAsync()
    {
        var (mocks, _) = await K8sTest.DeployAsync(() => new object[]
        {
            new TeamNamespace("team-vision", K8sTest.TeamArgs()),
            new SchedulerDeployment("scheduler", K8sTest.SchedulerArgs(StoreOptions.Postgres)),
            new InferenceService("ocr-cls-2", K8sTest.InferenceArgs(keda: true)),
            new InferenceService("ocr-cls-1", K8sTest.InferenceArgs()),
            new ModelIngress("ingress", K8sTest.IngressArgs(K8sTest.Traffic(new ModelShadow("3", 5)))),
        });
        return mocks;
    }

    [Fact]
    public async Task EveryKubernetesObjectCarriesTheSixRecommendedLabels()
    {
        var mocks = await DeployAllAsync();
        var objects = mocks.KubernetesObjects();
        Assert.True(objects.Count > 30);
        Assert.All(objects, o => Assert.All(K8sTest.SixLabels, label => Assert.True(o.Labels().ContainsKey(label), $"{o.Type} {o.Name} lacks {label}")));
        Assert.All(objects, o => Assert.Equal("mlplatform", o.Labels()["app.kubernetes.io/part-of"]));
    }

    [Fact]
    public async Task EveryPodTemplateCarriesTheSixRecommendedLabels()
    {
        var mocks = await DeployAllAsync();
        Assert.All(mocks.OfType("kubernetes:apps/v1:Deployment"), d =>
        {
            var labels = d.Inputs.Obj("spec").Obj("template").Obj("metadata").Obj("labels");
            Assert.All(K8sTest.SixLabels, label => Assert.True(labels.ContainsKey(label)));
        });
    }

    [Fact]
    public async Task EveryImageIsPinnedByDigest()
    {
        var mocks = await DeployAllAsync();
        var images = mocks.Images().ToList();
        Assert.NotEmpty(images);
        Assert.All(images, image => Assert.True(ImageReference.IsPinned(image), image));
    }

    [Fact]
    public async Task EveryContainerRunsAsNonRootWithAReadOnlyRoot()
    {
        var mocks = await DeployAllAsync();
        Assert.All(mocks.OfType("kubernetes:apps/v1:Deployment"), d =>
        {
            Assert.True((bool)d.PodSpec().Obj("securityContext")["runAsNonRoot"]);
            Assert.All(d.PodSpec().Objs("containers"), c => Assert.True((bool)c.Obj("securityContext")["readOnlyRootFilesystem"]));
        });
    }

    [Fact]
    public async Task EveryComponentRegistersItsOutputs()
    {
        var mocks = await DeployAllAsync();
        var types = mocks.RegisteredOutputs.Keys.Select(urn => urn.Split("::")[2].Split('$').Last()).ToHashSet();
        Assert.Superset(new HashSet<string> { TeamNamespace.TypeToken, SchedulerDeployment.TypeToken, InferenceService.TypeToken, ModelIngress.TypeToken }, types);
    }

    [Theory]
    [InlineData("nvcr.io/nvidia/k8s-device-plugin:v0.17.2", "v0.17.2")]
    [InlineData("registry.example:5000/team/image", "latest")]
    [InlineData("registry.example:5000/team/image:1.2", "1.2")]
    [InlineData(
        "nvcr.io/nvidia/k8s-device-plugin@sha256:40bef14fa4f629ad65e3b5ffdd2a0c6c5e8c02907780097507b9691366e98c4b",
        "sha256-40bef14fa4f629ad65e3b5ffdd2a0c6c5e8c02907780097507b96913")]
    public void AnImagesVersionLabelIsItsTagOrItsDigestCutToALabelValue(string image, string expected)
    {
        var version = KubernetesLabels.ImageVersion(image);

        Assert.Equal(expected, version);
        Assert.True(version.Length <= KubernetesLabels.MaxValueLength);
    }
}
