using System.Collections.Immutable;
using MlPlatform.CostModel;

namespace MlPlatform.Policies;

/// <summary>Builds a <see cref="StackCostReport"/> from a stack's resources.</summary>
public static class StackCostCalculator
{
    /// <summary>Prices every resource, combines node groups into pools and prices each team's quota.</summary>
    public static StackCostReport Calculate(IEnumerable<PolicyResource> resources, PolicyContext context) => Calculate(resources, context, null);

    /// <summary>As <see cref="Calculate(IEnumerable{PolicyResource}, PolicyContext)"/>, resolving URNs through <paramref name="find"/> (an index the caller has already).</summary>
    public static StackCostReport Calculate(IEnumerable<PolicyResource> resources, PolicyContext context, Func<string, PolicyResource?>? find)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(context);
        var unpriced = new List<string>();
        var costs = ImmutableArray.CreateBuilder<ResourceCost>();
        var groups = new List<ScalingGroup>();
        var quotas = new List<PolicyResource>();
        var fixedTotal = CostRange.Zero;
        var all = resources as IReadOnlyCollection<PolicyResource> ?? [.. resources];
        if (find is null)
        {
            var byUrn = new Dictionary<string, PolicyResource>(StringComparer.Ordinal);
            foreach (var resource in all)
            {
                byUrn[resource.Urn] = resource;
            }

            find = byUrn.GetValueOrDefault;
        }

        foreach (var resource in all)
        {
            if (resource.Type == ResourceTypes.KubernetesResourceQuota)
            {
                quotas.Add(resource);
            }

            if (ResourceCostEstimator.Estimate(resource, context, unpriced, find) is not { } cost)
            {
                continue;
            }

            costs.Add(cost);
            var groupPart = CostRange.Zero;
            foreach (var group in cost.Groups.IsDefault ? [] : cost.Groups)
            {
                groupPart += group.Range(context.ExpectedUtilisation);
            }

            fixedTotal += cost.Range - groupPart;
            if (!cost.ScalingGroups.IsDefaultOrEmpty)
            {
                groups.AddRange(cost.ScalingGroups);
            }
        }

        var pools = Pools(groups, context);
        var total = fixedTotal + CostRange.Sum(pools.Select(p => p.Range));
        return new StackCostReport(costs.ToImmutable(), pools, Teams(pools, quotas, context), total, [.. unpriced]);
    }

    /// <summary>Groups node groups into pools by their pool name and prices each with <see cref="PoolCostModel"/>.</summary>
    public static ImmutableArray<PoolCost> Pools(IEnumerable<ScalingGroup> groups, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(context);
        return [.. groups.GroupBy(g => g.Pool, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var members = g.ToImmutableArray();
            // Unpriced groups still count towards capacity; they add nothing to the cost (and are listed as unpriced).
            var capacity = members.Select(m => ResourceCostEstimator.Price(m, context)
                ?? new CapacityGroupCost(m.Capacity, m.InstanceTypes[0], default, m.GpusPerNode, m.MinNodes, m.MaxNodes)).ToImmutableArray();
            var spec = context.Pool(g.Key);
            var maxGpus = PoolCostModel.MaxGpus(capacity);
            return new PoolCost(
                g.Key,
                members.Any(m => m.IsGpu),
                members,
                capacity,
                PoolCostModel.Estimate(capacity, context.ExpectedUtilisation),
                maxGpus,
                maxGpus * (spec?.GpuSharingReplicas ?? 1),
                PoolCostModel.SpotShareAtFullScale(capacity),
                spec?.LatencyCritical ?? false);
        })];
    }

    private static ImmutableArray<TeamCost> Teams(ImmutableArray<PoolCost> pools, List<PolicyResource> quotaResources, PolicyContext context)
    {
        var quotas = context.TeamQuotas.ToDictionary(t => t.Name, t => (t.GpuQuota, Urn: context.StackUrn), StringComparer.Ordinal);
        foreach (var quota in quotaResources)
        {
            var team = Values.AsString(quota.Input("metadata", "namespace"));
            var hard = Values.AsNumber(quota.Input("spec", "hard", "requests.nvidia.com/gpu")) ?? Values.AsNumber(quota.Input("spec", "hard", "nvidia.com/gpu"));
            if (team is not null && hard is not null)
            {
                quotas[team] = ((int)hard.Value, quota.Urn);
            }
        }

        if (quotas.Count == 0)
        {
            return [];
        }

        // USD per schedulable GPU-hour of each GPU group: its node price over its GPUs times the pool's sharing replicas.
        var units = pools.Where(p => p.IsGpu).SelectMany(p => p.PricedGroups.Where(g => g.GpusPerNode > 0).Select(g => (
            Group: g,
            Unit: g.NodePrice.UsdPerHour / (g.GpusPerNode * (p.MaxGpus == 0 ? 1 : p.SchedulableGpus / p.MaxGpus))))).ToList();
        var onDemandUnits = units.Where(u => u.Group.Capacity == CapacityType.OnDemand).Select(u => u.Unit).ToList();
        var maxUnit = onDemandUnits.Count > 0 ? onDemandUnits.Max() : units.Count > 0 ? units.Max(u => u.Unit) : 0;
        var weight = units.Sum(u => (decimal)u.Group.MaxNodes);
        var averageUnit = weight == 0 ? 0 : units.Sum(u => u.Unit * u.Group.MaxNodes) / weight;
        return [.. quotas.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => new TeamCost(
            q.Key,
            q.Value.GpuQuota,
            q.Value.Urn,
            new CostRange(0, q.Value.GpuQuota * context.ExpectedUtilisation * averageUnit, q.Value.GpuQuota * maxUnit)))];
    }
}
