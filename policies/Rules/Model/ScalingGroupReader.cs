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
        [ResourceTypes.EksNodeGroup, ResourceTypes.AutoScalingGroup, ResourceTypes.Ec2Instance, ResourceTypes.AksAgentPool, ResourceTypes.AksCluster, ResourceTypes.KarpenterNodePool, ResourceTypes.CloudFormationStack];

    /// <summary>
    /// The node groups <paramref name="resource"/> declares (none for other types). <paramref name="find"/> resolves the
    /// launch template or configuration a self-managed Auto Scaling group names (by the URNs its inputs depend on).
    /// </summary>
    public static IEnumerable<ScalingGroup> Read(PolicyResource resource, PolicyContext context, Func<string, PolicyResource?>? find = null)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        switch (resource.Type)
        {
            case ResourceTypes.EksNodeGroup:
                return Eks(resource, context);
            case ResourceTypes.AutoScalingGroup:
                return AutoScaling(resource, context, find);
            case ResourceTypes.Ec2Instance:
                return Values.AsString(resource.Input("instanceType")) is { } instanceType
                    ? [Build(resource.Urn, resource.Name, Values.AsString(resource.Input("instanceMarketOptions", "marketType")) == "spot" ? CapacityType.Spot : CapacityType.OnDemand, [instanceType], 1, 1, false, context)]
                    : [];
            case ResourceTypes.AksAgentPool:
                var name = Values.AsString(resource.Input("agentPoolName")) ?? resource.Name;
                return AgentPool(resource.Urn, name, resource.Inputs, AgentPoolLocation(resource, find), context);
            case ResourceTypes.AksCluster:
                var location = AzureLocation(resource.InputOrOutput("location"));
                return (Values.AsList(resource.Input("agentPoolProfiles")) ?? [])
                    .Select(Values.AsMap)
                    .OfType<IReadOnlyDictionary<string, object?>>()
                    .SelectMany(p => AgentPool(resource.Urn, Values.AsString(Values.Get(p, "name")) ?? resource.Name, p, location, context))
                    .ToList();
            case ResourceTypes.KarpenterNodePool:
                return Karpenter(resource, context);
            case ResourceTypes.CloudFormationStack:
                return CloudFormationCapacity.Read(resource, context, find).Groups;
            default:
                return [];
        }
    }

    /// <summary>
    /// Why the capacity <paramref name="resource"/> declares cannot be read (a size or type that is unknown in a preview,
    /// a secret, or missing; a GPU NodePool without a GPU limit), or null when it can. The gate treats such capacity as a
    /// violation: counting it as zero would let any amount of GPUs through.
    /// </summary>
    public static string? Unreadable(PolicyResource resource, PolicyContext context, Func<string, PolicyResource?>? find = null)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(context);
        switch (resource.Type)
        {
            case ResourceTypes.EksNodeGroup:
                return FirstUnreadable(resource.Inputs, ["scalingConfig", "minSize"], ["scalingConfig", "maxSize"]);
            case ResourceTypes.AutoScalingGroup:
                return FirstUnreadable(resource.Inputs, ["minSize"], ["maxSize"])
                    ?? (AutoScalingTypes(resource, find).Types.Count == 0 ? "the instance type cannot be resolved (no override, and no launch template or configuration with a readable instanceType in the document)" : null);
            case ResourceTypes.Ec2Instance:
                return FirstUnreadable(resource.Inputs, ["instanceType"], []);
            case ResourceTypes.AksAgentPool:
                return AgentPoolUnreadable(resource.Inputs, string.Empty);
            case ResourceTypes.AksCluster:
                var profiles = resource.Input("agentPoolProfiles");
                if (Values.IsUnknown(profiles) || IsHidden(resource.Inputs.GetValueOrDefault("agentPoolProfiles")))
                {
                    return "agentPoolProfiles is unknown or secret";
                }

                return (Values.AsList(profiles) ?? [])
                    .Select((p, i) => Values.AsMap(p) is { } map ? AgentPoolUnreadable(map, $"agentPoolProfiles[{i}].") : $"agentPoolProfiles[{i}] is not an object")
                    .FirstOrDefault(why => why is not null);
            case ResourceTypes.KarpenterNodePool:
                var groups = Karpenter(resource, context);
                if (groups.Count > 0)
                {
                    return null;
                }

                var requirements = resource.Input("spec", "template", "spec", "requirements");
                if (Values.IsUnknown(requirements))
                {
                    return "spec.template.spec.requirements is unknown";
                }

                // No instance-type requirement: Karpenter may launch any type, GPU ones included, bounded by nothing we can price.
                var types = (Values.AsList(requirements) ?? []).Select(Values.AsMap).OfType<IReadOnlyDictionary<string, object?>>()
                    .Where(q => Values.AsString(Values.Get(q, "key")) == "node.kubernetes.io/instance-type").ToList();
                if (types.Count == 0)
                {
                    return "no node.kubernetes.io/instance-type requirement: any instance type may be launched";
                }

                var gpuTypes = types.SelectMany(q => Values.Strings(Values.Get(q, "values"))).Where(t => context.Costs.GpusPerNode(context.Cloud, t, context.Region) > 0).ToList();
                return gpuTypes.Count > 0 ? $"GPU types ({string.Join(", ", gpuTypes)}) without a readable spec.limits[nvidia.com/gpu]: capacity unbounded" : null;
            case ResourceTypes.CloudFormationStack:
                return CloudFormationCapacity.Read(resource, context, find).Unreadable;
            default:
                return null;
        }
    }

    private static string? AgentPoolUnreadable(IReadOnlyDictionary<string, object?> pool, string prefix)
    {
        var autoscaled = Values.Get(pool, "enableAutoScaling");
        if (Values.IsUnknown(autoscaled))
        {
            return $"{prefix}enableAutoScaling is unknown";
        }

        return Values.AsBool(autoscaled) == true
            ? FirstUnreadable(pool, ["vmSize"], ["minCount"], ["maxCount"], prefix)
            : FirstUnreadable(pool, ["vmSize"], ["count"], prefix);
    }

    private static string? FirstUnreadable(IReadOnlyDictionary<string, object?> root, string[] first, string[] second, string prefix = "") =>
        FirstUnreadable(root, first, second, [], prefix);

    private static string? FirstUnreadable(IReadOnlyDictionary<string, object?> root, string[] first, string[] second, string[] third, string prefix = "")
    {
        foreach (var path in new[] { first, second, third }.Where(p => p.Length > 0))
        {
            var raw = Raw(root, path);
            var name = prefix + string.Join('.', path);
            if (Values.IsUnknown(raw))
            {
                return $"{name} is unknown";
            }

            if (IsHidden(raw))
            {
                return $"{name} is a secret";
            }

            if (raw is null)
            {
                return $"{name} is missing";
            }

            if (IsNodeCount(path[^1]) && (Values.AsNumber(raw) is not { } number ? "is not a number" : NodeCountProblem(number)) is { } problem)
            {
                return $"{name} {problem}";
            }
        }

        return null;
    }

    // The raw value at path, secrets not looked through (Values.Get would read an unknown-plaintext secret as missing).
    private static object? Raw(IReadOnlyDictionary<string, object?> root, string[] path)
    {
        object? current = root;
        foreach (var key in path)
        {
            if (current is SecretValue { Plain: null } or UnknownValue)
            {
                return current;
            }

            current = Values.AsMap(current) is { } map ? map.GetValueOrDefault(key) : null;
        }

        return current;
    }

    private static bool IsHidden(object? value) => value is SecretValue { Plain: null };

    // A self-managed group (pulumi-eks NodeGroupV2, hand-written ASGs): sizes on the group; types from the mixed
    // instances policy's overrides, else from the launch template or launch configuration it depends on. Spot when the
    // launch configuration bids a spot price or the mixed policy buys no on-demand above its base; otherwise on-demand
    // (the dearer reading of a mixed policy).
    private static List<ScalingGroup> AutoScaling(PolicyResource r, PolicyContext context, Func<string, PolicyResource?>? find)
    {
        var min = Values.AsNumber(r.Input("minSize"));
        var max = Values.AsNumber(r.Input("maxSize"));
        var (types, spot) = AutoScalingTypes(r, find);
        if (min is null || max is null || types.Count == 0)
        {
            return [];
        }

        var onDemandAboveBase = Values.AsNumber(r.Input("mixedInstancesPolicy", "instancesDistribution", "onDemandPercentageAboveBaseCapacity"));
        var capacity = spot || onDemandAboveBase == 0m ? CapacityType.Spot : CapacityType.OnDemand;
        return [Build(r.Urn, r.Name, capacity, [.. types], Nodes(min.Value), Nodes(max.Value), false, context)];
    }

    private static (IReadOnlyList<string> Types, bool Spot) AutoScalingTypes(PolicyResource r, Func<string, PolicyResource?>? find)
    {
        var overrides = (Values.AsList(r.Input("mixedInstancesPolicy", "launchTemplate", "overrides")) ?? [])
            .Select(o => Values.AsString(Values.Get(o, "instanceType"))).OfType<string>().ToList();
        if (overrides.Count > 0)
        {
            return (overrides, false);
        }

        foreach (var input in new[] { "launchTemplate", "mixedInstancesPolicy", "launchConfiguration" })
        {
            foreach (var urn in r.PropertyDependencies?.GetValueOrDefault(input) ?? [])
            {
                if (find?.Invoke(urn) is { } source && source.Type is ResourceTypes.LaunchTemplate or ResourceTypes.LaunchConfiguration
                    && Values.AsString(source.Input("instanceType")) is { } type)
                {
                    return ([type], source.Type == ResourceTypes.LaunchConfiguration && Values.AsString(source.Input("spotPrice")) is { Length: > 0 });
                }
            }
        }

        return ([], false);
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
        return [Build(r.Urn, pool, capacity, instanceTypes, Nodes(min.Value), Nodes(max.Value), gpuTaint, context)];
    }

    // An agent pool runs where its cluster runs (the pool itself has no location): the cluster its resourceName came from.
    private static string? AgentPoolLocation(PolicyResource pool, Func<string, PolicyResource?>? find) =>
        (pool.PropertyDependencies?.GetValueOrDefault("resourceName") ?? [])
            .Select(urn => find?.Invoke(urn))
            .Where(c => c?.Type == ResourceTypes.AksCluster)
            .Select(c => AzureLocation(c!.InputOrOutput("location")))
            .FirstOrDefault(l => l is not null);

    // Azure writes a region as "eastus" or "East US"; the price tables use the former.
    private static string? AzureLocation(object? value) =>
        Values.AsString(value) is { Length: > 0 } location ? location.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant() : null;

    private static List<ScalingGroup> AgentPool(string urn, string name, IReadOnlyDictionary<string, object?> p, string? region, PolicyContext context)
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
        return [Build(urn, pool, capacity, [vmSize], Nodes(min.Value), Nodes(max.Value), gpuTaint, context, region)];
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
        var max = Nodes(Math.Floor(gpuLimit.Value / gpus));
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

    /// <summary>More nodes than any cloud lets one group have; a larger count is a mistake or an attack, not capacity.</summary>
    public const int MaxNodeCount = 1_000_000;

    /// <summary>Why <paramref name="value"/> is not a node count, or null when it is one.</summary>
    public static string? NodeCountProblem(decimal value) =>
        value < 0 || value > MaxNodeCount || decimal.Truncate(value) != value
            ? $"is not a node count: a whole number from 0 to {MaxNodeCount:N0} (got {value.ToString(System.Globalization.CultureInfo.InvariantCulture)})"
            : null;

    // The groups of a count the unverifiable rule refuses still get a size, bounded so that no conversion overflows.
    internal static int Nodes(decimal value) => (int)Math.Clamp(decimal.Truncate(value), 0, MaxNodeCount);

    private static bool IsNodeCount(string field) => field is "minSize" or "maxSize" or "desiredSize" or "count" or "minCount" or "maxCount";

    internal static ScalingGroup Build(string urn, string pool, CapacityType capacity, ImmutableArray<string> types, int min, int max, bool markedGpu, PolicyContext context, string? region = null)
    {
        var gpus = types.Max(t => context.Costs.GpusPerNode(context.Cloud, t, region ?? context.Region));
        var isGpu = markedGpu || gpus > 0;
        return new ScalingGroup(urn, pool, isGpu, capacity, types, Math.Max(0, min), Math.Max(0, max), gpus, region);
    }
}
