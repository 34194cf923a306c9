using System.Collections.Concurrent;
using System.Collections.Immutable;
using MlPlatform.CostModel;
using Pulumi;

namespace MlPlatform.Components.Kubernetes.Tests;

public sealed class DatasetWarmerTests
{
    private const string Image = "ghcr.io/mlplatform/dataset-warmer@" + K8sTest.Digest;

    private static DatasetWarmerArgs Args(Cloud cloud = Cloud.Aws) => new()
    {
        Cloud = cloud,
        Image = Image,
        Version = "0.2.0",
        StoreUri = "s3://mlp-dev-datasets-abc123",
        MountPath = "/mnt/dataset-cache",
        MaxSizeGiB = 200,
        Prefetch = ["imagenet@v3"],
        Region = "us-east-1",
        Identity = cloud == Cloud.Azure ? "00000000-0000-0000-0000-000000000001" : "arn:aws:iam::123456789012:role/mlp-dev-datasets-warmer",
    };

    [Fact]
    public async Task WarmerRunsOnCacheNodesNonRootWithTheStoreAndItsPrefetchList()
    {
        var (mocks, _) = await K8sTest.DeployAsync(() => new DatasetWarmer("dataset-warmer", Args()));

        var pod = mocks.Named("kubernetes:apps/v1:DaemonSet", "dataset-warmer").PodSpec();
        Assert.Equal("true", pod.Obj("nodeSelector")[GpuNodeLabels.DatasetCache]);
        Assert.Equal(PlatformServiceAccounts.DatasetWarmer.Name, pod.Str("serviceAccountName"));
        var container = Assert.Single(pod.Objs("containers"));
        Assert.Equal(true, container.Obj("securityContext")["readOnlyRootFilesystem"]);
        var args = container.List("args").Cast<string>().ToList();
        Assert.Equal("s3://mlp-dev-datasets-abc123", args[args.IndexOf("--store") + 1]);
        Assert.Equal("imagenet@v3", args[args.IndexOf("--datasets") + 1]);
    }

    [Fact]
    public async Task OnAzureTheAccountCarriesTheClientIdAndPodsTheWorkloadIdentityLabel()
    {
        var (mocks, _) = await K8sTest.DeployAsync(() => new DatasetWarmer("dataset-warmer", Args(Cloud.Azure)));

        var account = mocks.Named("kubernetes:core/v1:ServiceAccount", "dataset-warmer").Inputs.Obj("metadata");
        Assert.Equal("00000000-0000-0000-0000-000000000001", account.Obj("annotations")[CloudIdentity.AzureClientIdAnnotation]);
        var template = mocks.Named("kubernetes:apps/v1:DaemonSet", "dataset-warmer").Inputs.Obj("spec").Obj("template");
        Assert.Equal("true", template.Obj("metadata").Obj("labels")[CloudIdentity.AzureUseLabel]);
    }

    [Fact]
    public async Task OnAwsTheAccountCarriesTheRoleArnAndPodsNoExtraLabel()
    {
        var (mocks, _) = await K8sTest.DeployAsync(() => new DatasetWarmer("dataset-warmer", Args(Cloud.Aws)));

        var account = mocks.Named("kubernetes:core/v1:ServiceAccount", "dataset-warmer").Inputs.Obj("metadata");
        Assert.Equal("arn:aws:iam::123456789012:role/mlp-dev-datasets-warmer", account.Obj("annotations")[CloudIdentity.AwsRoleAnnotation]);
        var template = mocks.Named("kubernetes:apps/v1:DaemonSet", "dataset-warmer").Inputs.Obj("spec").Obj("template");
        Assert.False(template.Obj("metadata").Obj("labels").ContainsKey(CloudIdentity.AzureUseLabel));
    }

    [Fact]
    public async Task TheCloudsNodePreparationAdjustsTheDaemonSetSpec()
    {
        var args = Args();
        var adjusted = new DatasetWarmerArgs
        {
            Cloud = args.Cloud,
            Image = args.Image,
            Version = args.Version,
            StoreUri = args.StoreUri,
            MountPath = args.MountPath,
            Region = args.Region,
            AdjustSpec = spec => spec.SetItem("minReadySeconds", 30),
        };

        var (mocks, _) = await K8sTest.DeployAsync(() => new DatasetWarmer("dataset-warmer", adjusted));

        Assert.Equal(30.0, mocks.Named("kubernetes:apps/v1:DaemonSet", "dataset-warmer").Inputs.Obj("spec").Num("minReadySeconds"));
    }

    [Fact]
    public async Task EveryObjectKeepsItsFormerStackRootUrnAsAnAlias()
    {
        var aliases = new ConcurrentDictionary<string, ImmutableArray<Alias>>();

        await K8sTest.DeployAsync(() => new DatasetWarmer("dataset-warmer", Args(), new ComponentResourceOptions { ResourceTransformations = { GpuAddonsTests.Recorder(aliases) } }));

        Assert.Equal(7, aliases.Count);
        // The Kubernetes SDK adds its own type aliases to some kinds (DaemonSet, NetworkPolicy); the component adds the root one.
        Assert.All(aliases.Values, a => Assert.True(Assert.Single(a, x => x.Type is null).NoParent));
    }

    [Fact]
    public void PodLabelsAreAddedToTheTemplateOnly()
    {
        var manifest = DatasetWarmerManifests.DaemonSet(Image, "mlplatform-node", "dataset-warmer", "https://acct.blob.core.windows.net/datasets", "/mnt/cache", 100, ["imagenet@1"], "eastus");

        var spec = DatasetWarmer.WithPodLabels((ImmutableDictionary<string, object>)manifest["spec"], CloudIdentity.PodLabels(Cloud.Azure));

        var labels = spec.Obj("template").Obj("metadata").Obj("labels");
        Assert.Equal("true", labels["azure.workload.identity/use"]);
        Assert.Equal("dataset-warmer", labels["app.kubernetes.io/name"]);
        Assert.False(spec.Obj("selector").Obj("matchLabels").ContainsKey("azure.workload.identity/use"));
    }
}
