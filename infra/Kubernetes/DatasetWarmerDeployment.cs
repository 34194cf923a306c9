using System.Collections.Immutable;
using MlPlatform.Components;
using MlPlatform.Components.Aws;
using MlPlatform.Components.Azure;
using MlPlatform.CostModel;
using MlPlatform.Stacks.Config;
using Pulumi;
using MlPlatform.Components.Kubernetes;
using Pulumi.Kubernetes.Core.V1;
using Pulumi.Kubernetes.Networking.V1;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace MlPlatform.Infra.Kubernetes;

/// <summary>
/// The dataset warmer on every GPU node with the NVMe cache: its own namespace (Pod Security <c>privileged</c>, which a
/// hostPath volume needs, with default-deny network policies opened for DNS, HTTPS and the monitoring scrape), its
/// service account (bound to the cloud's read-only dataset identity) and the DaemonSet. On Azure, which has no node user
/// data, the DaemonSet's first init container stripes the local NVMe drives and mounts them at the cache path
/// (<see cref="CacheDiskPreparation"/>); AWS nodes come up with the array already mounted.
/// </summary>
public static class DatasetWarmerDeployment
{
    private const string AzureWorkloadIdentityUse = "azure.workload.identity/use";
    private const string AzureWorkloadIdentityClientId = "azure.workload.identity/client-id";

    public static void Deploy(PlatformConfig config, CloudPlatformOutputs cloud, Pulumi.Kubernetes.Provider provider)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(cloud);
        if (!config.DatasetCache.Enabled)
        {
            return;
        }

        var account = PlatformServiceAccounts.DatasetWarmer;
        var image = config.Services.DatasetWarmer;
        var labels = KubernetesLabels.For("dataset-warmer", "dataset-warmer", image.Version, "dataset-cache");
        var ns = new Namespace("node-agents", new NamespaceArgs
        {
            Metadata = new ObjectMetaArgs
            {
                Name = account.Namespace,
                Labels = KubernetesLabels.For("node-agents", "node-agents", image.Version, "node-agents")
                    .SetItem("pod-security.kubernetes.io/enforce", "privileged")
                    .SetItem("pod-security.kubernetes.io/warn", "baseline"),
            },
        }, new CustomResourceOptions { Provider = provider });
        var options = new CustomResourceOptions { Provider = provider, DependsOn = { ns } };
        foreach (var policy in NetworkPolicies.ForNodeAgents(config.Cloud))
        {
            _ = new NetworkPolicy($"node-agents-{policy.Name}", NetworkPolicies.ToArgs(policy, account.Namespace, labels), options);
        }


        // AWS binds the identity with an EKS Pod Identity association; Azure federates through an annotated account.
        var serviceAccount = new ServiceAccount("dataset-warmer", new ServiceAccountArgs
        {
            Metadata = new ObjectMetaArgs
            {
                Name = account.Name,
                Namespace = account.Namespace,
                Labels = labels,
                Annotations = config.Cloud == Cloud.Azure
                    ? new InputMap<string> { [AzureWorkloadIdentityClientId] = cloud.Identities.DatasetReader }
                    : new InputMap<string>(),
            },
        }, options);

        var prefetch = config.DatasetCache.Prefetch.Select(d => $"{d.Name}@{d.Version}").ToImmutableArray();
        var spec = cloud.DatasetStoreUri.Apply(uri =>
        {
            var manifest = DatasetWarmerManifests.DaemonSet(
                image.Image, account.Namespace, account.Name, uri, config.DatasetCache.MountPath, config.DatasetCache.MaxSizeGiB, prefetch, config.Region);
            var daemonSetSpec = (ImmutableDictionary<string, object>)manifest["spec"];
            return config.Cloud == Cloud.Azure ? ForAzure(daemonSetSpec, config.DatasetCache) : daemonSetSpec;
        });
        _ = new Pulumi.Kubernetes.ApiExtensions.CustomResource(
            "dataset-warmer",
            ManifestArgs.From("apps/v1", "DaemonSet", new ObjectMetaArgs { Name = "dataset-warmer", Namespace = account.Namespace, Labels = labels }, spec),
            new CustomResourceOptions { Provider = provider, DependsOn = { ns, serviceAccount } });
    }

    /// <summary>The DaemonSet spec on Azure: labelled for workload identity, the NVMe preparation running first.</summary>
    public static ImmutableDictionary<string, object> ForAzure(ImmutableDictionary<string, object> spec, DatasetCacheSpec cache)
    {
        ArgumentNullException.ThrowIfNull(cache);
        var image = cache.PrepareImage
            ?? throw new InvalidOperationException("mlplatform:datasetCache.prepareImage is required on azure with the dataset cache enabled");
        return CacheDiskPreparation.AddTo(WithPodLabel(spec, AzureWorkloadIdentityUse, "true"), image, cache.MountPath);
    }

    /// <summary>The DaemonSet spec with one more label on its pod template.</summary>
    public static ImmutableDictionary<string, object> WithPodLabel(ImmutableDictionary<string, object> spec, string key, string value)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var template = (ImmutableDictionary<string, object>)spec["template"];
        var metadata = (ImmutableDictionary<string, object>)template["metadata"];
        var labels = ((ImmutableDictionary<string, object>)metadata["labels"]).SetItem(key, value);
        return spec.SetItem("template", template.SetItem("metadata", metadata.SetItem("labels", labels)));
    }
}
