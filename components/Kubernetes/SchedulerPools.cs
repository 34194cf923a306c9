using System.Globalization;
using MlPlatform.CostModel;
using MlPlatform.Scheduler.Configuration;

namespace MlPlatform.Components.Kubernetes;

/// <summary>The scheduler's capacity pools for the stack's GPU pools.</summary>
public static class SchedulerPools
{
    /// <summary>
    /// The scheduler's pools for one GPU pool of the stack: its spot group (<c>&lt;pool&gt;-spot</c>, first spot type) and its
    /// on-demand group (<c>&lt;pool&gt;-od</c>, first fallback type), sized as <see cref="GpuPoolSizing"/> splits them.
    /// A group that can never have nodes is left out.
    /// </summary>
    public static IReadOnlyList<PoolOptions> From(GpuPoolSpec spec, Cloud cloud, string region)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var sizing = GpuPoolSizing.For(spec);
        var sharing = spec.GpuSharingReplicas > 1;
        var cloudName = cloud.ToString().ToLower(CultureInfo.InvariantCulture);
        var pools = new List<PoolOptions>();
        if (sizing.SpotMax > 0)
        {
            pools.Add(new PoolOptions { Name = $"{spec.Name}-spot", Cloud = cloudName, InstanceType = spec.InstanceTypes[0], Region = region, Capacity = GpuNodeLabels.Spot, Nodes = sizing.SpotMax, AllowsSharing = sharing });
        }

        if (sizing.OnDemandMax > 0)
        {
            pools.Add(new PoolOptions { Name = $"{spec.Name}-od", Cloud = cloudName, InstanceType = spec.EffectiveFallbackTypes[0], Region = region, Capacity = GpuNodeLabels.OnDemand, Nodes = sizing.OnDemandMax, AllowsSharing = sharing });
        }

        return pools;
    }
}
