using System.Collections.Immutable;

namespace MlPlatform.Components.Azure;

/// <summary>Inputs of <see cref="GpuCluster"/>, with the defaults a platform engineer would pick.</summary>
public sealed class GpuClusterArgs
{
    /// <summary>AKS cluster name. Required.</summary>
    public required string ClusterName { get; init; }

    /// <summary>Azure region, e.g. <c>eastus</c>. Required.</summary>
    public required string Location { get; init; }

    /// <summary>The common tags. Required.</summary>
    public required CommonTags Tags { get; init; }

    /// <summary>Resource group to create; defaults to <c>&lt;cluster&gt;-rg</c>.</summary>
    public string? ResourceGroupName { get; init; }

    public string KubernetesVersion { get; init; } = "1.33";

    /// <summary>VNet range, /16 to /22: nodes take the first half, private endpoints a sixteenth after it.</summary>
    public string NetworkCidr { get; init; } = "10.0.0.0/16";

    /// <summary>
    /// Add the subnet delegated to PostgreSQL Flexible Server (<see cref="SubnetPlan.DatabaseCidr"/>), for the scheduler's
    /// database with private access. Off by default: a subnet delegated to a service that is not there only wastes range.
    /// </summary>
    public bool DatabaseSubnet { get; init; }

    /// <summary>Availability zones to spread the system pool and GPU pools over (1–3).</summary>
    public int AvailabilityZoneCount { get; init; } = 3;

    /// <summary>API server reachable only from the VNet (private cluster). On by default; dev stacks may turn it off.</summary>
    public bool PrivateApiServer { get; init; } = true;

    /// <summary>Entra ID group object IDs granted cluster-admin (local accounts are disabled, so this is the way in).</summary>
    public ImmutableArray<string> AdminGroupObjectIds { get; init; } = [];

    /// <summary>Container Insights into a Log Analytics workspace created with the cluster.</summary>
    public bool MonitoringEnabled { get; init; } = true;

    /// <summary>Log Analytics retention.</summary>
    public int LogRetentionDays { get; init; } = 30;

    /// <summary>The system pool: always Regular (never spot), Linux, mode System.</summary>
    public string SystemVmSize { get; init; } = "Standard_D4s_v5";

    public int SystemMinCount { get; init; } = 2;

    public int SystemMaxCount { get; init; } = 4;

    /// <summary>Paid tier with the uptime SLA (production); Free otherwise.</summary>
    public bool StandardTier { get; init; }

    /// <summary>How long the autoscaler waits for a node before it gives the pool up and tries the next priority (short, so lost spot capacity falls back fast).</summary>
    public string MaxNodeProvisionTime { get; init; } = "10m";

    /// <summary>kubelogin login mode written into the kubeconfig output (<c>azurecli</c>, <c>workloadidentity</c>, <c>spn</c>, <c>msi</c>).</summary>
    public string KubeloginMode { get; init; } = AksKubeconfig.DefaultLoginMode;
}
