using System.Collections.Immutable;
using MlPlatform.Components;
using MlPlatform.CostModel;

namespace MlPlatform.Policies;

/// <summary>
/// Reads <see cref="ScalingGroup"/>s from resources by their real input names; a group whose sizes are unknown (a preview
/// value) is left out rather than guessed.
/// </summary>
public static class ScalingGroupReader
{
    /// <summary>Types that declare node groups.</summary>
    public static readonly ImmutableArray<string> Types =
        [ResourceTypes.EksNodeGroup, ResourceTypes.AksAgentPool, ResourceTypes.AksCluster, ResourceTypes.KarpenterNodePool];

    /// <summary>The node groups <paramref name="resource"/> declares (none for other types).</summary>
    public static IEnumerable<ScalingGroup> Read(PolicyResource resource, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        switch (resource.Type)
        {
            case ResourceTypes.EksNodeGroup:
                return Eks(resource, context);
            case ResourceTypes.AksAgentPool:
                var name = Values.AsString(resource.Input("agentPoolName")) ?? resource.Name;
                return AgentPool(resource.Urn, name, resource.Inputs, context);
            case ResourceTypes.AksCluster:
                return (Values.AsList(resource.Input("agentPoolProfiles")) ?? [])
                    .Select(Values.AsMap)
                    .OfType<IReadOnlyDictionary<string, object?>>()
                    .SelectMany(p => AgentPool(resource.Urn, Values.AsString(Values.Get(p, "name")) ?? resource.Name, p, context))
                    .ToList();
            case ResourceTypes.KarpenterNodePool:
                return Karpenter(resource, context);
            default:
                return [];
        }
    }

    private static List<ScalingGroup> Eks(PolicyResource r, PolicyContext context)
    {
        var min = Values.AsNumber(r.Input("scalingConfig", "minSize"));
        var max = Values.AsNumber(r.Input("scalingConfig", "maxSize"));
        if (min is null || max is null)
        {
            return [];
        }

        // EKS defaults: ON_DEMAND capacity and t3.medium when no type is given (the launch template may name one).
        var capacity = string.Equals(Values.AsString(r.Input("capacityType")), "SPOT", StringComparison.OrdinalIgnoreCase) ? CapacityType.Spot : CapacityType.OnDemand;
        var types = Values.Strings(r.Input("instanceTypes"));
        var instanceTypes = types.Count > 0 ? types.ToImmutableArray() : ["t3.medium"];
        var pool = Values.AsString(r.Input("labels", GpuNodeLabels.Pool)) ?? r.Name;
        var gpuTaint = (Values.AsList(r.Input("taints")) ?? []).Any(t => Values.AsString(Values.Get(t, "key")) == GpuNodeLabels.GpuTaintKey);
        // A GPU group carries the GPU taint or GPU instance types; the pool label alone is on the system group too.
        return [Build(r.Urn, pool, capacity, instanceTypes, (int)min, (int)max, gpuTaint, context)];
    }

    private static List<ScalingGroup> AgentPool(string urn, string name, IReadOnlyDictionary<string, object?> p, PolicyContext context)
    {
        var autoscaled = Values.AsBool(Values.Get(p, "enableAutoScaling")) == true;
        var count = Values.AsNumber(Values.Get(p, "count"));
        var min = autoscaled ? Values.AsNumber(Values.Get(p, "minCount")) : count;
        var max = autoscaled ? Values.AsNumber(Values.Get(p, "maxCount")) : count;
        if (min is null || max is null || Values.AsString(Values.Get(p, "vmSize")) is not { } vmSize)
        {
            return [];
        }

        var capacity = string.Equals(Values.AsString(Values.Get(p, "scaleSetPriority")), "Spot", StringComparison.OrdinalIgnoreCase) ? CapacityType.Spot : CapacityType.OnDemand;
        var pool = Values.AsString(Values.Get(p, "nodeLabels", GpuNodeLabels.Pool)) ?? name;
        var gpuTaint = Values.Strings(Values.Get(p, "nodeTaints")).Any(t => t.StartsWith(GpuNodeLabels.GpuTaintKey, StringComparison.Ordinal));
        return [Build(urn, pool, capacity, [vmSize], (int)min, (int)max, gpuTaint, context)];
    }

    private static List<ScalingGroup> Karpenter(PolicyResource r, PolicyContext context)
    {
        var requirements = (Values.AsList(r.Input("spec", "template", "spec", "requirements")) ?? []).Select(Values.AsMap).OfType<IReadOnlyDictionary<string, object?>>().ToList();
        IReadOnlyList<string> ValuesOf(string key) =>
            requirements.Where(q => Values.AsString(Values.Get(q, "key")) == key && Values.AsString(Values.Get(q, "operator")) == "In")
                .SelectMany(q => Values.Strings(Values.Get(q, "values"))).ToList();

        var types = ValuesOf("node.kubernetes.io/instance-type");
        if (types.Count == 0)
        {
            return [];
        }

        var pool = Values.AsString(r.Input("spec", "template", "metadata", "labels", GpuNodeLabels.Pool)) ?? Values.AsString(r.Input("metadata", "name")) ?? r.Name;
        var gpus = context.Costs.GpusPerNode(context.Cloud, types[0], context.Region);
        var gpuLimit = Values.AsNumber(r.Input("spec", "limits", "nvidia.com/gpu"));
        if (gpuLimit is null || gpus <= 0)
        {
            return [];
        }

        // Karpenter has no node count; its GPU limit bounds the pool. It buys spot first when both types are allowed.
        var max = (int)Math.Floor(gpuLimit.Value / gpus);
        var capacities = ValuesOf("karpenter.sh/capacity-type");
        var groups = new List<ScalingGroup>();
        if (capacities.Count == 0 || capacities.Contains("spot"))
        {
            groups.Add(Build(r.Urn, pool, CapacityType.Spot, [.. types], 0, max, true, context));
        }

        if (capacities.Count == 0 || capacities.Contains("on-demand"))
        {
            groups.Add(Build(r.Urn, pool, CapacityType.OnDemand, [.. types], 0, max, true, context));
        }

        return groups;
    }

    private static ScalingGroup Build(string urn, string pool, CapacityType capacity, ImmutableArray<string> types, int min, int max, bool markedGpu, PolicyContext context)
    {
        var gpus = types.Max(t => context.Costs.GpusPerNode(context.Cloud, t, context.Region));
        var isGpu = markedGpu || gpus > 0;
        return new ScalingGroup(urn, pool, isGpu, capacity, types, Math.Max(0, min), Math.Max(0, max), gpus);
    }
}
