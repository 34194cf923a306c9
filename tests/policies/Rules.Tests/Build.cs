using System.Collections.Immutable;
using MlPlatform.Components;
using MlPlatform.CostModel;

namespace MlPlatform.Policies.Tests;

/// <summary>Builders for resources in the providers' real schema and for contexts priced from the real tables.</summary>
internal static class Build
{
    private static readonly Lazy<CostCatalog> SharedCosts = new(() =>
        new CostCatalog(PriceCatalogLoader.LoadDirectory(PriceCatalogLoader.DefaultDirectory(AppContext.BaseDirectory)), ListPriceLoader.LoadEmbedded()));

    public static CostCatalog Costs => SharedCosts.Value;

    public static string Urn(string type, string name) => $"urn:pulumi:dev::mlplatform::{type}::{name}";

    public static PolicyContext Context(PolicyLimits? limits = null, string environment = "dev", Cloud cloud = Cloud.Aws, string region = "us-east-1", ImmutableArray<TeamQuota> teams = default, ImmutableArray<GpuPoolSpec> pools = default, ImmutableDictionary<string, EnforcementLevel>? enforcement = null) =>
        new("dev", environment, cloud, region, limits ?? PolicyLimits.None, Costs, teams, pools, enforcement);

    public static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    public static object?[] List(params object?[] items) => items;

    public static PolicyResource Resource(string type, string name, Dictionary<string, object?> inputs, string? parent = null) =>
        PolicyResource.Create(Urn(type, name), type, name, inputs, parent);

    /// <summary>An EKS managed node group as the AWS component declares one.</summary>
    public static PolicyResource NodeGroup(string name, string capacity, string[] types, int min, int max, string? pool = null, bool launchTemplate = true)
    {
        var inputs = Map(
            ("capacityType", capacity),
            ("instanceTypes", types),
            ("scalingConfig", Map(("minSize", (double)min), ("maxSize", (double)max), ("desiredSize", (double)min))));
        if (pool is not null)
        {
            inputs["labels"] = Map((GpuNodeLabels.Pool, pool));
            inputs["taints"] = List(Map(("key", GpuNodeLabels.GpuTaintKey), ("value", "true"), ("effect", "NO_SCHEDULE")));
        }

        if (launchTemplate)
        {
            inputs["launchTemplate"] = Map(("id", UnknownValue.Instance), ("version", "1"));
        }

        return Resource(ResourceTypes.EksNodeGroup, name, inputs);
    }

    /// <summary>A GPU pool of a spot group and its on-demand fallback, sized by <see cref="GpuPoolSizing"/>.</summary>
    public static IEnumerable<PolicyResource> Pool(GpuPoolSpec spec)
    {
        var sizing = GpuPoolSizing.For(spec);
        if (spec.UsesSpot && sizing.SpotMax > 0)
        {
            yield return NodeGroup($"{spec.Name}-spot", "SPOT", [.. spec.InstanceTypes], sizing.SpotMin, sizing.SpotMax, spec.Name);
        }

        yield return NodeGroup($"{spec.Name}-ondemand", "ON_DEMAND", [.. spec.EffectiveFallbackTypes], sizing.OnDemandMin, sizing.OnDemandMax, spec.Name);
    }

    public static GpuPoolSpec Spec(string name, string[] types, int min, int max, int spot = 100, int baseCount = 0, bool latencyCritical = false, int sharing = 1) =>
        new(name, [.. types], [types[0]], min, max, spot, baseCount, latencyCritical, 200, sharing);

    public static PolicyResource Budget(string name, string limit) =>
        Resource(ResourceTypes.AwsBudget, name, Map(("budgetType", "COST"), ("timeUnit", "MONTHLY"), ("limitAmount", limit), ("limitUnit", "USD")));

    public static PolicyResult Evaluate(IPolicyRule rule, PolicyContext context, params IEnumerable<PolicyResource> resources) =>
        new PolicyEvaluator([rule]).Evaluate(resources, context);
}
