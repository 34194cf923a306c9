using MlPlatform.Components.Azure;
using MlPlatform.Components.Kubernetes;
using MlPlatform.Infra.Azure;

namespace MlPlatform.Infra.Tests;

public sealed class DatasetWarmerPlatformTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("dev-azure")]
    public async Task EveryCloudRunsTheWarmerWithItsOwnServiceAccount(string stack)
    {
        var (_, mocks) = await PlatformRun.RunAsync(stack);

        var daemonSet = mocks.Named("kubernetes:apps/v1:DaemonSet", "dataset-warmer");
        Assert.Equal("apps/v1", daemonSet.Inputs["apiVersion"]);
        var account = mocks.Named("kubernetes:core/v1:ServiceAccount", "dataset-warmer");
        var metadata = (IReadOnlyDictionary<string, object>)account.Inputs["metadata"];
        Assert.Equal("mlplatform-node", metadata["namespace"]);
        // Bound the same way on both clouds: the cloud's identity annotation on the account.
        var key = stack.EndsWith("-azure", StringComparison.Ordinal) ? CloudIdentity.AzureClientIdAnnotation : CloudIdentity.AwsRoleAnnotation;
        Assert.False(string.IsNullOrEmpty((string)((IReadOnlyDictionary<string, object>)metadata["annotations"])[key]));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("dev-azure")]
    public async Task TheWarmerRunsInANamespaceThatAdmitsItsHostPathAndDeniesTrafficByDefault(string stack)
    {
        var (_, mocks) = await PlatformRun.RunAsync(stack);

        // The platform namespace enforces the restricted Pod Security level, which refuses hostPath volumes.
        var ns = (IReadOnlyDictionary<string, object>)mocks.Named("kubernetes:core/v1:Namespace", "node-agents").Inputs["metadata"];
        Assert.Equal("mlplatform-node", ns["name"]);
        Assert.Equal("privileged", ((IReadOnlyDictionary<string, object>)ns["labels"])["pod-security.kubernetes.io/enforce"]);
        var daemonSet = (IReadOnlyDictionary<string, object>)mocks.Named("kubernetes:apps/v1:DaemonSet", "dataset-warmer").Inputs["metadata"];
        Assert.Equal("mlplatform-node", daemonSet["namespace"]);
        var policies = mocks.OfType("kubernetes:networking.k8s.io/v1:NetworkPolicy")
            .Select(p => (IReadOnlyDictionary<string, object>)p.Inputs["metadata"])
            .Where(m => (string)m["namespace"] == "mlplatform-node")
            .Select(m => (string)m["name"])
            .Order(StringComparer.Ordinal);
        Assert.Equal(["allow-dns", "allow-https-egress", "allow-monitoring", "default-deny"], policies);
    }

    [Theory]
    [InlineData("dev-azure")]
    [InlineData("prod-azure")]
    public async Task AzureWarmerPreparesTheNvmeCacheFirstWithAPrivilegedInitContainerPinnedByDigest(string stack)
    {
        var (_, mocks) = await PlatformRun.RunAsync(stack);

        var pod = PodSpec(mocks);
        var init = Assert.Single(Objects(pod["initContainers"]));
        Assert.Equal(CacheDiskPreparation.InitContainerName, init["name"]);
        Assert.Matches("^[a-z0-9./_-]+@sha256:[a-f0-9]{64}$", (string)init["image"]);
        Assert.Equal(true, Object(init["securityContext"])["privileged"]);
        var command = ((IEnumerable<object>)init["command"]).Cast<string>().ToList();
        Assert.Equal(["/bin/sh", "-c"], command.Take(2));
        Assert.Contains("MOUNT='/mnt/dataset-cache'", command[2], StringComparison.Ordinal);
        var mounts = Objects(init["volumeMounts"]).ToDictionary(m => (string)m["name"]);
        Assert.Equal("/dev", mounts[CacheDiskPreparation.DevVolume]["mountPath"]);
        Assert.Equal("/mnt", mounts[CacheDiskPreparation.HostDirectoryVolume]["mountPath"]);
        Assert.Equal("Bidirectional", mounts[CacheDiskPreparation.HostDirectoryVolume]["mountPropagation"]);
        var volumes = Objects(pod["volumes"]).ToDictionary(v => (string)v["name"]);
        Assert.Equal("/mnt", Object(volumes[CacheDiskPreparation.HostDirectoryVolume]["hostPath"])["path"]);
        Assert.Equal("/dev", Object(volumes[CacheDiskPreparation.DevVolume]["hostPath"])["path"]);
    }

    [Theory]
    [InlineData("dev-azure")]
    [InlineData("prod-azure")]
    public async Task AzureWarmerSeesTheArrayMountedOnTheHostAtTheCachePath(string stack)
    {
        var (_, mocks) = await PlatformRun.RunAsync(stack);

        var pod = PodSpec(mocks);
        var warmer = Assert.Single(Objects(pod["containers"]));
        var cacheMount = Objects(warmer["volumeMounts"]).Single(m => (string)m["mountPath"] == DatasetWarmerManifests.CacheMountInPod);
        Assert.Equal("HostToContainer", cacheMount["mountPropagation"]);
        var cacheVolume = Objects(pod["volumes"]).Single(v => v["name"].Equals(cacheMount["name"]));
        Assert.Equal("/mnt/dataset-cache", Object(cacheVolume["hostPath"])["path"]);
        // The warmer itself stays unprivileged: only the init container needs the host's devices.
        Assert.Equal(false, Object(warmer["securityContext"])["allowPrivilegeEscalation"]);
        Assert.False(Object(warmer["securityContext"]).ContainsKey("privileged"));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task AwsWarmerHasNoInitContainerBecauseNodeUserDataMountsTheArray(string stack)
    {
        var (_, mocks) = await PlatformRun.RunAsync(stack);

        var pod = PodSpec(mocks);
        Assert.False(pod.ContainsKey("initContainers"));
        var warmer = Assert.Single(Objects(pod["containers"]));
        Assert.All(Objects(warmer["volumeMounts"]), m => Assert.False(m.ContainsKey("mountPropagation")));
    }

    [Fact]
    public void AzureCacheWithoutAPrepareImageIsRefused()
    {
        var cache = new MlPlatform.Stacks.Config.DatasetCacheSpec(true, "/mnt/cache", 100, [], PrepareImage: null);

        Assert.Throws<InvalidOperationException>(() => AzurePlatform.WarmerNodePreparation(cache));
    }

    private static IReadOnlyDictionary<string, object> PodSpec(MlPlatform.Testing.EchoMocks mocks)
    {
        var spec = Object(mocks.Named("kubernetes:apps/v1:DaemonSet", "dataset-warmer").Inputs["spec"]);
        return Object(Object(spec["template"])["spec"]);
    }

    private static IReadOnlyDictionary<string, object> Object(object value) => (IReadOnlyDictionary<string, object>)value;

    private static IEnumerable<IReadOnlyDictionary<string, object>> Objects(object value) => ((IEnumerable<object>)value).Select(Object);
}
