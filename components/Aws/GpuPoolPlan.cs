using System.Collections.Immutable;
using System.Globalization;
using MlPlatform.CostModel;

namespace MlPlatform.Components.Aws;

/// <summary>
/// A validated GPU pool turned into capacity groups: a spot group over the pool's instance types and an on-demand
/// fallback over its fallback types, sized by <see cref="GpuPoolSizing"/>. The spot group has the higher priority, so
/// the autoscaler (priority expander) or Karpenter (weights) buys spot first and on-demand only when spot cannot be had.
/// </summary>
/// <param name="Spec">The pool as configured.</param>
/// <param name="Gpu">GPU model of the pool's types (from the price tables).</param>
/// <param name="GpusPerNode">GPUs on one node.</param>
/// <param name="Sizing">The spot / on-demand split.</param>
/// <param name="Groups">Spot group first (when the pool uses spot), then the on-demand fallback.</param>
public sealed record GpuPoolPlan(GpuPoolSpec Spec, GpuModel Gpu, int GpusPerNode, GpuPoolSizing Sizing, ImmutableArray<CapacityGroup> Groups)
{
    /// <summary>Priority of spot groups in the priority expander (tried first).</summary>
    public const int SpotPriority = 50;

    /// <summary>Priority of on-demand fallback groups.</summary>
    public const int OnDemandPriority = 10;

    /// <summary>The spot group, if the pool uses spot.</summary>
    public CapacityGroup? SpotGroup => Groups.FirstOrDefault(g => g.Spot);

    /// <summary>The on-demand fallback group, if the pool has one.</summary>
    public CapacityGroup? OnDemandGroup => Groups.FirstOrDefault(g => !g.Spot);

    /// <summary>
    /// Validates <paramref name="spec"/> against the shared rules and the price tables (every problem at once, each
    /// naming its field under <paramref name="path"/>) and plans its groups.
    /// </summary>
    /// <exception cref="InvalidSpecException">The spec is invalid.</exception>
    public static GpuPoolPlan Create(GpuPoolSpec spec, string path, string cluster, string region, PriceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(catalog);
        InvalidSpecException.ThrowIfAny(GpuPoolSpecValidator.Validate(spec, path, Cloud.Aws, region, catalog));

        var offering = catalog.Find(Cloud.Aws, spec.InstanceTypes[0], region)!;
        var gpusPerNode = (int)Math.Max(1, Math.Floor(offering.GpuCount));
        var sizing = GpuPoolSizing.For(spec);
        var groups = ImmutableArray.CreateBuilder<CapacityGroup>();
        if (spec.UsesSpot && sizing.SpotMax > 0)
        {
            groups.Add(Group(spec, cluster, offering.Gpu, spot: true, spec.InstanceTypes, sizing.SpotMin, sizing.SpotMax));
        }

        if (sizing.OnDemandMax > 0)
        {
            groups.Add(Group(spec, cluster, offering.Gpu, spot: false, spec.EffectiveFallbackTypes, sizing.OnDemandMin, sizing.OnDemandMax));
        }

        return new GpuPoolPlan(spec, offering.Gpu, gpusPerNode, sizing, groups.ToImmutable());
    }

    /// <summary>The node labels of one capacity type of a pool; workloads select GPU type and capacity by them.</summary>
    public static ImmutableDictionary<string, string> LabelsFor(string pool, GpuModel gpu, bool spot) =>
        ImmutableDictionary<string, string>.Empty
            .Add(GpuNodeLabels.Pool, pool)
            .Add(GpuNodeLabels.GpuType, gpu.Name)
            .Add(GpuNodeLabels.GpuMemoryGiB, gpu.MemoryGiB.ToString("0", CultureInfo.InvariantCulture))
            .Add(GpuNodeLabels.CapacityType, spot ? GpuNodeLabels.Spot : GpuNodeLabels.OnDemand)
            .Add(GpuNodeLabels.DatasetCache, "true");

    private static CapacityGroup Group(GpuPoolSpec spec, string cluster, GpuModel gpu, bool spot, ImmutableArray<string> types, int min, int max) =>
        new(
            AwsNaming.NodeGroup(cluster, spec.Name, spot),
            spot,
            types,
            min,
            max,
            min,
            LabelsFor(spec.Name, gpu, spot),
            [NodeTaint.Gpu],
            spot ? SpotPriority : OnDemandPriority);
}
