using System.Collections.Immutable;

namespace MlPlatform.Stacks.Config;

/// <summary>The Kubernetes cluster: control plane, network and the system (non-GPU) node pool.</summary>
/// <param name="Name">Cluster name.</param>
/// <param name="KubernetesVersion">Control-plane version, e.g. <c>1.33</c>.</param>
/// <param name="PrivateEndpoint">API server reachable only from inside the network (required in production by policy).</param>
/// <param name="AvailabilityZones">Zones to spread subnets and nodes over (at least 2).</param>
/// <param name="NetworkCidr">Address space of the VPC / VNet.</param>
/// <param name="SystemPool">The on-demand pool for cluster add-ons and the platform services.</param>
/// <param name="Provisioner">How GPU nodes are provisioned on AWS: managed node groups with cluster-autoscaler, or Karpenter.</param>
/// <param name="AdminPrincipals">IAM role ARNs (AWS) or Entra group object IDs (Azure) granted cluster-admin.</param>
/// <param name="MonitoringEnabled">Control-plane logs (EKS) / Container Insights (AKS).</param>
/// <param name="AddonImages">Third-party add-on images by digest.</param>
/// <param name="Zones">AWS zones by name, for regions whose zone letters are not a, b, c…; empty: the first letters.</param>
public sealed record ClusterSpec(
    string Name,
    string KubernetesVersion,
    bool PrivateEndpoint,
    int AvailabilityZones,
    string NetworkCidr,
    SystemPoolSpec SystemPool,
    NodeProvisioner Provisioner,
    ImmutableArray<string> AdminPrincipals,
    bool MonitoringEnabled,
    AddonImagesSpec AddonImages,
    ImmutableArray<string> Zones = default);
