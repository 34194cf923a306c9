using System.Globalization;
using System.Text.RegularExpressions;
using MlPlatform.CostModel;

namespace MlPlatform.Components;

/// <summary>
/// Checks a <see cref="GpuPoolSpec"/> against the rules both clouds share and against the price tables: every type
/// must be a known NVIDIA GPU type in the region, and fallback types must be compatible with the spot types (same GPUs
/// per node and GPU memory class), so a job placed on spot fits on the fallback too. Reports every problem.
/// </summary>
public static partial class GpuPoolSpecValidator
{
    public static IReadOnlyList<SpecError> Validate(GpuPoolSpec spec, string path, Cloud cloud, string region, PriceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new List<SpecError>();
        if (!PoolName().IsMatch(spec.Name ?? string.Empty))
        {
            errors.Add(new SpecError($"{path}.name", $"must be 1-12 lowercase letters or digits, starting with a letter (got '{spec.Name}')"));
        }

        if (spec.MinNodes < 0)
        {
            errors.Add(new SpecError($"{path}.minNodes", $"must be >= 0 (got {spec.MinNodes})"));
        }

        if (spec.MaxNodes < 1)
        {
            errors.Add(new SpecError($"{path}.maxNodes", $"must be >= 1 (got {spec.MaxNodes})"));
        }

        if (spec.MaxNodes < spec.MinNodes)
        {
            errors.Add(new SpecError($"{path}.maxNodes", $"must be >= minNodes (got {spec.MaxNodes} < {spec.MinNodes})"));
        }

        if (spec.SpotPercentage is < 0 or > 100)
        {
            errors.Add(new SpecError($"{path}.spotPercentage", $"must be between 0 and 100 (got {spec.SpotPercentage})"));
        }

        if (spec.OnDemandBaseCount < 0 || spec.OnDemandBaseCount > spec.MaxNodes)
        {
            errors.Add(new SpecError($"{path}.onDemandBaseCount", $"must be between 0 and maxNodes (got {spec.OnDemandBaseCount}, maxNodes {spec.MaxNodes})"));
        }

        if (spec.DiskSizeGiB is < 50 or > 16384)
        {
            errors.Add(new SpecError($"{path}.diskSizeGiB", $"must be between 50 and 16384 (got {spec.DiskSizeGiB})"));
        }

        if (spec.GpuSharingReplicas is < 1 or > 48)
        {
            errors.Add(new SpecError($"{path}.gpuSharingReplicas", $"must be between 1 and 48 (got {spec.GpuSharingReplicas})"));
        }

        if (spec.InstanceTypes.IsDefaultOrEmpty)
        {
            errors.Add(new SpecError($"{path}.instanceTypes", "must list at least one GPU instance type"));
            return errors;
        }

        if (spec.UsesSpot && cloud == Cloud.Aws && spec.InstanceTypes.Length < 3)
        {
            errors.Add(new SpecError($"{path}.instanceTypes", $"must list at least 3 compatible types when the pool uses spot, so spot can be found in more capacity pools (got {spec.InstanceTypes.Length})"));
        }

        var spotOfferings = CheckTypes(spec.InstanceTypes, $"{path}.instanceTypes", cloud, region, catalog, errors);
        var fallbackOfferings = CheckTypes(spec.EffectiveFallbackTypes, $"{path}.fallbackInstanceTypes", cloud, region, catalog, errors);
        if (spotOfferings.Count == 0)
        {
            return errors;
        }

        var reference = spotOfferings[0].Offering;
        foreach (var (offering, index) in spotOfferings.Skip(1))
        {
            if (!Compatible(reference, offering))
            {
                errors.Add(new SpecError($"{path}.instanceTypes[{index}]", $"'{offering.InstanceType}' ({Describe(offering)}) is not compatible with '{reference.InstanceType}' ({Describe(reference)}): types of one pool need the same GPU count and memory class"));
            }
        }

        foreach (var (offering, index) in fallbackOfferings)
        {
            if (!Compatible(reference, offering))
            {
                errors.Add(new SpecError($"{path}.fallbackInstanceTypes[{index}]", $"'{offering.InstanceType}' ({Describe(offering)}) is not compatible with the spot types ({Describe(reference)})"));
            }
        }

        return errors;
    }

    /// <summary>Same GPUs per node and the same GPU memory class (within 25 %), so workloads fit either.</summary>
    public static bool Compatible(InstanceOffering a, InstanceOffering b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.GpuCount != b.GpuCount)
        {
            return false;
        }

        var (small, large) = a.Gpu.MemoryGiB <= b.Gpu.MemoryGiB ? (a.Gpu.MemoryGiB, b.Gpu.MemoryGiB) : (b.Gpu.MemoryGiB, a.Gpu.MemoryGiB);
        return large == 0 || small / large >= 0.75m;
    }

    // Returns the valid GPU offerings with their positions in the configured list, so later errors name the right index.
    private static List<(InstanceOffering Offering, int Index)> CheckTypes(IEnumerable<string> types, string path, Cloud cloud, string region, PriceCatalog catalog, List<SpecError> errors)
    {
        var found = new List<(InstanceOffering, int)>();
        foreach (var (type, index) in types.Select((t, i) => (t, i)))
        {
            var offering = catalog.Find(cloud, type, region);
            if (offering is null)
            {
                errors.Add(new SpecError($"{path}[{index}]", catalog.Knows(cloud, type)
                    ? $"'{type}' is not offered in {region} according to the price tables"
                    : $"'{type}' is not a known {cloud} GPU instance type in the price tables"));
                continue;
            }

            if (offering.GpuCount <= 0 || !offering.Gpu.IsNvidia)
            {
                errors.Add(new SpecError($"{path}[{index}]", $"'{type}' has no NVIDIA GPU ({(offering.Gpu.Name.Length == 0 ? "none listed" : offering.Gpu.Name)}); GPU pools need the NVIDIA device plugin"));
                continue;
            }

            found.Add((offering, index));
        }

        return found;
    }

    private static string Describe(InstanceOffering o) =>
        string.Create(CultureInfo.InvariantCulture, $"{o.GpuCount:0.###}x {o.Gpu.Name} {o.Gpu.MemoryGiB:0}GiB");

    [GeneratedRegex("^[a-z][a-z0-9]{0,11}$")]
    private static partial Regex PoolName();
}
