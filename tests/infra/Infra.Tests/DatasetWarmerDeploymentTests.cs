using System.Collections.Immutable;
using MlPlatform.Components.Aws;
using MlPlatform.Infra.Kubernetes;

namespace MlPlatform.Infra.Tests;

public sealed class DatasetWarmerDeploymentTests
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

    [Fact]
    public void AzurePodsAreLabelledForWorkloadIdentity()
    {
        var manifest = DatasetWarmerManifests.DaemonSet("ghcr.io/x/warmer@sha256:" + new string('a', 64), "mlplatform-system", "dataset-warmer", "https://acct.blob.core.windows.net/datasets", "/mnt/cache", 100, ["imagenet@1"], "eastus");

        var spec = DatasetWarmerDeployment.WithPodLabel((ImmutableDictionary<string, object>)manifest["spec"], "azure.workload.identity/use", "true");

        var template = (IReadOnlyDictionary<string, object>)spec["template"];
        var labels = (IReadOnlyDictionary<string, object>)((IReadOnlyDictionary<string, object>)template["metadata"])["labels"];
        Assert.Equal("true", labels["azure.workload.identity/use"]);
        Assert.Equal("dataset-warmer", labels["app.kubernetes.io/name"]);
    }
}
