using System.Collections.Immutable;

namespace MlPlatform.Components.Aws;

/// <summary>Inputs of <see cref="GpuCluster"/>, with the defaults a platform engineer would pick.</summary>
public sealed class GpuClusterArgs
{
    /// <summary>EKS cluster name (also the discovery tag value for subnets and security groups). Required.</summary>
    public required string ClusterName { get; init; }

    /// <summary>AWS region, e.g. <c>us-east-1</c>. Required.</summary>
    public required string Region { get; init; }

    /// <summary>The common tags. Required.</summary>
    public required CommonTags Tags { get; init; }

    public string KubernetesVersion { get; init; } = "1.33";

    /// <summary>VPC range, /16 to /20.</summary>
    public string NetworkCidr { get; init; } = "10.0.0.0/16";

    /// <summary>Zones to spread subnets and nodes over (2–6).</summary>
    public int AvailabilityZoneCount { get; init; } = 3;

    /// <summary>The zones by name (as many as <see cref="AvailabilityZoneCount"/>); empty: <c>&lt;region&gt;a</c>, <c>b</c>, ….</summary>
    public ImmutableArray<string> AvailabilityZones { get; init; } = [];

    /// <summary>API server reachable only from inside the VPC. On by default; dev stacks may open it to <see cref="PublicAccessCidrs"/>.</summary>
    public bool PrivateEndpoint { get; init; } = true;

    /// <summary>Who may reach a public endpoint (ignored when <see cref="PrivateEndpoint"/>).</summary>
    public ImmutableArray<string> PublicAccessCidrs { get; init; } = ["0.0.0.0/0"];

    /// <summary>Every EKS control-plane log type.</summary>
    public static ImmutableArray<string> AllControlPlaneLogTypes { get; } = ["api", "audit", "authenticator", "controllerManager", "scheduler"];

    /// <summary>Control-plane log types sent to CloudWatch; empty turns logging off.</summary>
    public ImmutableArray<string> ControlPlaneLogTypes { get; init; } = AllControlPlaneLogTypes;

    /// <summary>IAM principal ARNs granted cluster-admin through access entries.</summary>
    public ImmutableArray<string> AdminPrincipalArns { get; init; } = [];

    /// <summary>One NAT gateway per zone (survives a zone outage) rather than one shared.</summary>
    public bool NatGatewayPerZone { get; init; } = true;

    public SystemNodePoolArgs SystemPool { get; init; } = new();

    /// <summary>EKS managed add-ons; versions null take the cluster's default version.</summary>
    public ImmutableArray<string> Addons { get; init; } = ["vpc-cni", "kube-proxy", "eks-pod-identity-agent", "coredns"];
}
