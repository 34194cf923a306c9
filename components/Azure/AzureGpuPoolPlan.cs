using System.Collections.Immutable;
using System.Globalization;
using MlPlatform.CostModel;

namespace MlPlatform.Components.Azure;

/// <summary>
/// A validated GPU pool as AKS agent pools. An agent pool has one VM size, so the pool's sizes become separate pools:
/// one spot pool per size in <see cref="GpuPoolSpec.InstanceTypes"/> and one on-demand (Regular) pool per fallback
/// size, ranked for the priority expander (spot sizes in order of preference, then on-demand), so the autoscaler buys
/// spot first, moves to the next size when one cannot be had, and falls back to on-demand last. The spot and on-demand
/// maxima of <see cref="GpuPoolSizing"/> are shared out across the sizes so the pool never exceeds them in total.
/// </summary>
/// <param name="Spec">The pool as configured.</param>
/// <param name="Gpu">GPU model of the pool's sizes (from the price tables).</param>
/// <param name="GpusPerNode">GPUs on one node of the preferred size.</param>
/// <param name="Sizing">The spot / on-demand split.</param>
/// <param name="AgentPools">Spot pools first, in order of preference, then the on-demand fallback pools.</param>
public sealed record AzureGpuPoolPlan(GpuPoolSpec Spec, GpuModel Gpu, int GpusPerNode, GpuPoolSizing Sizing, ImmutableArray<AgentPoolPlan> AgentPools)
{
    /// <summary>Priority of the most preferred spot size; each further size is one lower.</summary>
    public const int SpotPriority = 50;

    /// <summary>Priority of the first on-demand fallback size; each further size is one lower.</summary>
    public const int OnDemandPriority = 10;

    /// <summary>Sizes per capacity type: agent pool names have room for one index digit.</summary>
    public const int MaxSizesPerCapacityType = 10;

    /// <summary>The taint AKS requires on spot pools (pods that may run on spot tolerate it).</summary>
    public static string SpotTaint { get; } = $"{GpuNodeLabels.AzureSpotTaintKey}={GpuNodeLabels.AzureSpotTaintValue}:NoSchedule";

    /// <summary>Our GPU taint: keeps non-GPU pods off GPU nodes.</summary>
    public static string GpuTaint { get; } = $"{GpuNodeLabels.GpuTaintKey}={GpuNodeLabels.GpuTaintValue}:{GpuNodeLabels.GpuTaintEffect}";

    /// <summary>The spot agent pools.</summary>
    public ImmutableArray<AgentPoolPlan> SpotPools => [.. AgentPools.Where(p => p.Spot)];

    /// <summary>The on-demand fallback agent pools.</summary>
    public ImmutableArray<AgentPoolPlan> OnDemandPools => [.. AgentPools.Where(p => !p.Spot)];

    /// <summary>The pool's priority expander entries.</summary>
    public ImmutableArray<PriorityExpanderEntry> ExpanderEntries => [.. AgentPools.Select(p => p.ExpanderEntry)];

    /// <summary>The problems of <paramref name="spec"/> on Azure: the shared rules, the price tables, and AKS's limits.</summary>
    public static IReadOnlyList<SpecError> Validate(GpuPoolSpec spec, string path, string region, PriceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var errors = GpuPoolSpecValidator.Validate(spec, path, Cloud.Azure, region, catalog).ToList();
        if (!spec.InstanceTypes.IsDefault && spec.InstanceTypes.Length > MaxSizesPerCapacityType)
        {
            errors.Add(new SpecError($"{path}.instanceTypes", $"must list at most {MaxSizesPerCapacityType} VM sizes on Azure, one agent pool each (got {spec.InstanceTypes.Length})"));
        }

        if (!spec.FallbackInstanceTypes.IsDefault && spec.FallbackInstanceTypes.Length > MaxSizesPerCapacityType)
        {
            errors.Add(new SpecError($"{path}.fallbackInstanceTypes", $"must list at most {MaxSizesPerCapacityType} VM sizes on Azure, one agent pool each (got {spec.FallbackInstanceTypes.Length})"));
        }

        return errors;
    }

    /// <summary>Validates <paramref name="spec"/> (every problem at once) and plans its agent pools.</summary>
    /// <exception cref="InvalidSpecException">The spec is invalid.</exception>
    public static AzureGpuPoolPlan Create(GpuPoolSpec spec, string path, string region, PriceCatalog catalog, string? cacheMountPath = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        InvalidSpecException.ThrowIfAny(Validate(spec, path, region, catalog));
        var offering = catalog.Find(Cloud.Azure, spec.InstanceTypes[0], region)!;
        var sizing = GpuPoolSizing.For(spec);
        var pools = ImmutableArray.CreateBuilder<AgentPoolPlan>();
        if (spec.UsesSpot && sizing.SpotMax > 0)
        {
            pools.AddRange(Pools(spec, offering.Gpu, spot: true, spec.InstanceTypes, sizing.SpotMin, sizing.SpotMax, cacheMountPath));
        }

        if (sizing.OnDemandMax > 0)
        {
            pools.AddRange(Pools(spec, offering.Gpu, spot: false, spec.EffectiveFallbackTypes, sizing.OnDemandMin, sizing.OnDemandMax, cacheMountPath));
        }

        return new AzureGpuPoolPlan(spec, offering.Gpu, (int)Math.Max(1, Math.Floor(offering.GpuCount)), sizing, pools.ToImmutable());
    }

    /// <summary>
    /// Plans every pool of an environment: each validated on its own, then agent pool names checked across pools (two
    /// pools whose names shorten to the same agent pool names would collide in the cluster). Reports every problem.
    /// </summary>
    /// <exception cref="InvalidSpecException">Any spec is invalid.</exception>
    public static ImmutableArray<AzureGpuPoolPlan> CreateAll(IReadOnlyList<GpuPoolSpec> specs, string pathPrefix, string region, PriceCatalog catalog, string? cacheMountPath = null)
    {
        ArgumentNullException.ThrowIfNull(specs);
        var errors = new List<SpecError>();
        var plans = ImmutableArray.CreateBuilder<AzureGpuPoolPlan>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal) { ["system"] = "the system pool" };
        for (var i = 0; i < specs.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{pathPrefix}[{i}]");
            var problems = Validate(specs[i], path, region, catalog);
            if (problems.Count > 0)
            {
                errors.AddRange(problems);
                continue;
            }

            var plan = Create(specs[i], path, region, catalog, cacheMountPath);
            foreach (var pool in plan.AgentPools)
            {
                if (!owners.TryAdd(pool.Name, path))
                {
                    errors.Add(new SpecError($"{path}.name", $"agent pool name '{pool.Name}' derived from '{specs[i].Name}' is already used by {owners[pool.Name]}; choose a pool name that differs in its first 10 characters"));
                }
            }

            plans.Add(plan);
        }

        InvalidSpecException.ThrowIfAny(errors);
        return plans.ToImmutable();
    }

    /// <summary>The node labels of the pool's nodes, the same keys as on AWS, plus where the dataset cache lives.</summary>
    public static ImmutableDictionary<string, string> LabelsFor(string pool, GpuModel gpu, bool spot, CacheDiskKind cacheDisk)
    {
        ArgumentNullException.ThrowIfNull(gpu);
        return ImmutableDictionary<string, string>.Empty
            .Add(GpuNodeLabels.Pool, pool)
            .Add(GpuNodeLabels.GpuType, gpu.Name)
            .Add(GpuNodeLabels.GpuMemoryGiB, gpu.MemoryGiB.ToString("0", CultureInfo.InvariantCulture))
            .Add(GpuNodeLabels.CapacityType, spot ? GpuNodeLabels.Spot : GpuNodeLabels.OnDemand)
            .Add(GpuNodeLabels.DatasetCache, "true")
            .Add(CacheDisks.Label, CacheDisks.LabelValue(cacheDisk));
    }

    /// <summary>
    /// Shares <paramref name="total"/> nodes out over <paramref name="count"/> sizes, preferred sizes first; sizes that
    /// would get nothing are left out.
    /// </summary>
    public static ImmutableArray<int> Share(int total, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return [.. Enumerable.Range(0, count).Select(i => (total / count) + (i < total % count ? 1 : 0)).Where(n => n > 0)];
    }

    private static IEnumerable<AgentPoolPlan> Pools(GpuPoolSpec spec, GpuModel gpu, bool spot, ImmutableArray<string> sizes, int min, int max, string? cacheMountPath)
    {
        var maxima = Share(max, sizes.Length);
        var remainingMin = min;
        for (var i = 0; i < maxima.Length; i++)
        {
            // The minimum sits on the preferred sizes, so the floor is the cheapest, most available capacity.
            var poolMin = Math.Min(remainingMin, maxima[i]);
            remainingMin -= poolMin;
            var disk = CacheDisks.For(sizes[i]);
            var taints = spot ? ImmutableArray.Create(SpotTaint, GpuTaint) : [GpuTaint];
            var labels = LabelsFor(spec.Name, gpu, spot, disk);
            if (cacheMountPath is not null && !CacheDisks.MountPathFits(disk, cacheMountPath))
            {
                // A cache path outside the temporary disk would fill the OS disk: leave these nodes out of the cache.
                labels = labels.SetItem(GpuNodeLabels.DatasetCache, "false");
            }

            yield return new AgentPoolPlan(
                AzureNaming.AgentPool(spec.Name, spot, i),
                sizes[i],
                spot,
                poolMin,
                maxima[i],
                (spot ? SpotPriority : OnDemandPriority) - i,
                labels,
                taints,
                disk);
        }
    }
}
