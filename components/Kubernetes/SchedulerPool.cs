using System.Globalization;
using MlPlatform.CostModel;

namespace MlPlatform.Components.Kubernetes;

/// <summary>A capacity pool as the scheduler sees it: one instance type bought as spot or on-demand, up to <paramref name="Nodes"/> nodes.</summary>
/// <param name="Capacity"><c>spot</c> or <c>on-demand</c>.</param>
public sealed record SchedulerPool(string Name, Cloud Cloud, string InstanceType, string Region, string Capacity, int Nodes, bool AllowsSharing)
{
    /// <summary>
    /// The scheduler's pools for one GPU pool of the stack: its spot group (<c>&lt;pool&gt;-spot</c>, first spot type) and its
    /// on-demand group (<c>&lt;pool&gt;-od</c>, first fallback type), sized as <see cref="GpuPoolSizing"/> splits them.
    /// A group that can never have nodes is left out.
    /// </summary>
    public static IReadOnlyList<SchedulerPool> From(GpuPoolSpec spec, Cloud cloud, string region)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var sizing = GpuPoolSizing.For(spec);
        var sharing = spec.GpuSharingReplicas > 1;
        var pools = new List<SchedulerPool>();
        if (sizing.SpotMax > 0)
        {
            pools.Add(new SchedulerPool($"{spec.Name}-spot", cloud, spec.InstanceTypes[0], region, GpuNodeLabels.Spot, sizing.SpotMax, sharing));
        }

        if (sizing.OnDemandMax > 0)
        {
            pools.Add(new SchedulerPool($"{spec.Name}-od", cloud, spec.EffectiveFallbackTypes[0], region, GpuNodeLabels.OnDemand, sizing.OnDemandMax, sharing));
        }

        return pools;
    }

    /// <summary>The cloud as the scheduler's configuration spells it.</summary>
    public string CloudName => Cloud.ToString().ToLower(CultureInfo.InvariantCulture);
}
