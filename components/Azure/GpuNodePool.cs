using System.Collections.Immutable;
using Pulumi;
using Pulumi.AzureNative.ContainerService;

namespace MlPlatform.Components.Azure;

/// <summary>
/// A GPU pool as AKS user agent pools: one spot pool per VM size (priority Spot, eviction Delete, max price -1 = pay up
/// to the on-demand price, the AKS spot taint plus our GPU taint) and on-demand (Regular) fallback pools, all autoscaled
/// between their min and max and ranked by the priority expander: spot sizes in order of preference, on-demand last.
/// Labels are the same as on AWS. The spec is validated against the Azure rows of the price tables first; every
/// problem is reported at once, each naming its field.
/// </summary>
public sealed class GpuNodePool : ComponentResource
{
    public const string TypeToken = "mlplatform:azure:GpuNodePool";

    /// <summary>Spot max price -1: pay up to the on-demand price, so nodes are evicted for capacity only, never for price.</summary>
    public const double SpotMaxPricePayUpToOnDemand = -1;

    /// <summary>Tag naming the GPU pool on its scale sets (cost reports by pool).</summary>
    public const string PoolTag = "pool";

    /// <summary>Tag naming the capacity type (<c>spot</c> or <c>on-demand</c>) on the scale sets.</summary>
    public const string CapacityTypeTag = "capacity-type";

    public GpuNodePool(string name, GpuNodePoolArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        Plan = AzureGpuPoolPlan.Create(args.Spec, args.SpecPath, args.Region, args.Catalog, args.DatasetCacheMountPath);
        // Azure tag names may not contain '/', so tags use plain keys where labels use mlplatform.io/ ones.
        var tags = args.Tags.For(args.Team, new Dictionary<string, string> { [PoolTag] = args.Spec.Name });
        var names = new List<Output<string>>();
        foreach (var pool in Plan.AgentPools)
        {
            var agentPoolArgs = new AgentPoolArgs
            {
                AgentPoolName = pool.Name,
                ResourceName = args.ClusterName,
                ResourceGroupName = args.ResourceGroupName,
                Mode = AgentPoolMode.User,
                VmSize = pool.VmSize,
                OsType = OSType.Linux,
                OsSKU = OSSKU.Ubuntu,
                OsDiskType = OSDiskType.Managed,
                OsDiskSizeGB = args.Spec.DiskSizeGiB,
                EnableAutoScaling = true,
                Count = pool.MinCount,
                MinCount = pool.MinCount,
                MaxCount = pool.MaxCount,
                ScaleSetPriority = pool.Spot ? ScaleSetPriority.Spot : ScaleSetPriority.Regular,
                NodeLabels = pool.Labels,
                NodeTaints = pool.Taints,
                VnetSubnetID = args.SubnetId,
                Tags = tags.SetItem(CapacityTypeTag, pool.Spot ? GpuNodeLabels.Spot : GpuNodeLabels.OnDemand),
            };
            if (!args.AvailabilityZones.IsDefaultOrEmpty)
            {
                agentPoolArgs.AvailabilityZones = args.AvailabilityZones;
            }

            if (pool.Spot)
            {
                agentPoolArgs.ScaleSetEvictionPolicy = ScaleSetEvictionPolicy.Delete;
                agentPoolArgs.SpotMaxPrice = SpotMaxPricePayUpToOnDemand;
            }

            if (args.KubernetesVersion is not null)
            {
                agentPoolArgs.OrchestratorVersion = args.KubernetesVersion;
            }

            var agentPool = new AgentPool($"{name}-{pool.Name}", agentPoolArgs, new CustomResourceOptions
            {
                Parent = this,
                // The autoscaler owns the node count once the pool exists.
                IgnoreChanges = { "count" },
            });
            names.Add(agentPool.Name);
        }

        AgentPoolNames = Output.All(names);
        SpotMaxNodes = Output.Create(Plan.SpotPools.Sum(p => p.MaxCount));
        OnDemandMaxNodes = Output.Create(Plan.OnDemandPools.Sum(p => p.MaxCount));
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["agentPoolNames"] = AgentPoolNames,
            ["spotMaxNodes"] = SpotMaxNodes,
            ["onDemandMaxNodes"] = OnDemandMaxNodes,
        });
    }

    /// <summary>The validated plan: agent pools, sizes, priorities, labels, taints.</summary>
    public AzureGpuPoolPlan Plan { get; }

    /// <summary>The agent pools, spot sizes first, then on-demand.</summary>
    [Output("agentPoolNames")]
    public Output<ImmutableArray<string>> AgentPoolNames { get; private set; }

    [Output("spotMaxNodes")]
    public Output<int> SpotMaxNodes { get; private set; }

    [Output("onDemandMaxNodes")]
    public Output<int> OnDemandMaxNodes { get; private set; }
}
