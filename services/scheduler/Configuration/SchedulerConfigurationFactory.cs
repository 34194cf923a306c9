using MlPlatform.CostModel;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Configuration;

/// <summary>Turns validated options and the price tables into the engine's <see cref="SchedulerConfiguration"/>.</summary>
public static class SchedulerConfigurationFactory
{
    public static SchedulerConfiguration Create(SchedulerOptions options, PriceCatalog catalog)
    {
        var pools = options.Pools.Select(p =>
        {
            SchedulerOptionsValidator.TryCloud(p.Cloud, out var cloud);
            var capacity = p.Capacity == "spot" ? CapacityType.Spot : CapacityType.OnDemand;
            return PoolSpec.FromCatalog(catalog, p.Name!, cloud, p.InstanceType!, p.Region!, capacity, p.Nodes, p.AllowsSharing);
        }).ToList();
        var teams = options.Teams.Select(t => new TeamSpec(t.Name!, t.GpuQuota, t.MonthlyBudgetUsd, t.Weight, t.CanBorrow)).ToList();
        var queues = options.Queues.Select(q => new QueueSpec(q.Name!, q.Priority)).ToList();
        return new SchedulerConfiguration(pools, teams, queues, options.Policy.ToPolicy());
    }
}
