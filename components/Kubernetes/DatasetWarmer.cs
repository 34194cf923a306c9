using System.Collections.Immutable;
using Pulumi;
using Pulumi.Kubernetes.Core.V1;
using Pulumi.Kubernetes.Networking.V1;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using CustomResource = Pulumi.Kubernetes.ApiExtensions.CustomResource;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// The dataset warmer on every GPU node with the NVMe cache: its own namespace (Pod Security <c>privileged</c>, which a
/// hostPath volume needs, with default-deny network policies opened for DNS, HTTPS and the monitoring scrape), its
/// service account bound to the cloud's read-only dataset identity, and the DaemonSet
/// (<see cref="DatasetWarmerManifests"/>, adjusted by the cloud where its nodes need preparing).
/// </summary>
public sealed class DatasetWarmer : ComponentResource
{
    public const string TypeToken = "mlplatform:k8s:DatasetWarmer";

    public DatasetWarmer(string name, DatasetWarmerArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var account = PlatformServiceAccounts.DatasetWarmer;
        var labels = KubernetesLabels.For("dataset-warmer", "dataset-warmer", args.Version, "dataset-cache");
        var ns = new Namespace("node-agents", new NamespaceArgs
        {
            Metadata = new ObjectMetaArgs
            {
                Name = account.Namespace,
                Labels = KubernetesLabels.For("node-agents", "node-agents", args.Version, "node-agents")
                    .SetItem("pod-security.kubernetes.io/enforce", "privileged")
                    .SetItem("pod-security.kubernetes.io/warn", "baseline"),
            },
        }, Child());
        foreach (var policy in NetworkPolicies.ForNodeAgents(args.Cloud))
        {
            _ = new NetworkPolicy($"node-agents-{policy.Name}", NetworkPolicies.ToArgs(policy, account.Namespace, labels), Child(ns));
        }

        // Bound like every other identity-bound account of the layer (CloudIdentity): the annotation on both clouds, the
        // pod label where the cloud's webhook needs it.
        var annotations = new InputMap<string>();
        if (args.Identity is { } identity)
        {
            annotations[CloudIdentity.AnnotationKey(args.Cloud)] = identity;
        }

        var serviceAccount = new ServiceAccount("dataset-warmer", new ServiceAccountArgs
        {
            Metadata = new ObjectMetaArgs { Name = account.Name, Namespace = account.Namespace, Labels = labels, Annotations = annotations },
        }, Child(ns));

        var prefetch = args.Prefetch.IsDefault ? [] : args.Prefetch;
        var podLabels = CloudIdentity.PodLabels(args.Cloud);
        var spec = args.StoreUri.ToOutput().Apply(uri =>
        {
            var manifest = DatasetWarmerManifests.DaemonSet(args.Image, account.Namespace, account.Name, uri, args.MountPath, args.MaxSizeGiB, prefetch, args.Region);
            var daemonSetSpec = WithPodLabels((ImmutableDictionary<string, object>)manifest["spec"], podLabels);
            return args.AdjustSpec?.Invoke(daemonSetSpec) ?? daemonSetSpec;
        });
        _ = new CustomResource(
            "dataset-warmer",
            ManifestArgs.Create("apps/v1", "DaemonSet", spec, new ObjectMetaArgs { Name = "dataset-warmer", Namespace = account.Namespace, Labels = labels }),
            Child(ns, serviceAccount));

        Namespace = Output.Create(account.Namespace);
        RegisterOutputs(new Dictionary<string, object?> { ["namespace"] = Namespace });

        // Declared at the stack root before this component existed: the alias keeps existing stacks' objects.
        CustomResourceOptions Child(params Resource[] dependsOn)
        {
            var child = new CustomResourceOptions { Parent = this, Aliases = { new Alias { NoParent = true } } };
            foreach (var resource in dependsOn)
            {
                child.DependsOn.Add(resource);
            }

            return child;
        }
    }

    /// <summary>The namespace the warmer runs in.</summary>
    [Output("namespace")]
    public Output<string> Namespace { get; private set; }

    /// <summary>The DaemonSet spec with <paramref name="labels"/> added to its pod template.</summary>
    public static ImmutableDictionary<string, object> WithPodLabels(ImmutableDictionary<string, object> spec, IEnumerable<KeyValuePair<string, string>> labels)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(labels);
        var template = (ImmutableDictionary<string, object>)spec["template"];
        var metadata = (ImmutableDictionary<string, object>)template["metadata"];
        var podLabels = (ImmutableDictionary<string, object>)metadata["labels"];
        foreach (var (key, value) in labels)
        {
            podLabels = podLabels.SetItem(key, value);
        }

        return spec.SetItem("template", template.SetItem("metadata", metadata.SetItem("labels", podLabels)));
    }
}
