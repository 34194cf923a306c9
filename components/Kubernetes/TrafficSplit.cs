using System.Collections.Immutable;
using System.Globalization;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// The rules for a model's traffic split, checked before any route is declared. Weights come from config and are
/// percentages that must sum to exactly 100, so what the config says is what the gateway does; rolling back a canary is
/// setting its weight to 0 (and the stable version's to 100), which keeps the canary deployed for a quick retry.
/// </summary>
public static class TrafficSplit
{
    /// <summary>Every problem with <paramref name="traffic"/>, each naming its field under <paramref name="path"/>.</summary>
    public static IReadOnlyList<SpecError> Validate(ModelTraffic traffic, string path)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        var errors = new List<SpecError>();
        if (traffic.Versions.IsDefaultOrEmpty)
        {
            errors.Add(new SpecError($"{path}.versions", "must list at least one version"));
            return errors;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (version, index) in traffic.Versions.Select((v, i) => (v, i)))
        {
            if (string.IsNullOrWhiteSpace(version.Version))
            {
                errors.Add(new SpecError($"{path}.versions[{index}].version", "is required"));
            }
            else if (!seen.Add(version.Version))
            {
                errors.Add(new SpecError($"{path}.versions[{index}].version", $"'{version.Version}' is listed twice"));
            }

            if (version.Weight is < 0 or > 100)
            {
                errors.Add(new SpecError($"{path}.versions[{index}].weight", $"must be between 0 and 100 (got {version.Weight})"));
            }
        }

        var sum = traffic.Versions.Sum(v => v.Weight);
        if (sum != 100)
        {
            errors.Add(new SpecError($"{path}.versions", string.Create(CultureInfo.InvariantCulture, $"weights must sum to 100 (got {sum}); to roll back a version set its weight to 0 and give the rest to the stable version")));
        }

        if (traffic.Shadow is { } shadow)
        {
            if (string.IsNullOrWhiteSpace(shadow.Version))
            {
                errors.Add(new SpecError($"{path}.shadow.version", "is required"));
            }
            else if (traffic.Versions.Any(v => v.Version == shadow.Version && v.Weight > 0))
            {
                errors.Add(new SpecError($"{path}.shadow.version", $"'{shadow.Version}' already receives live traffic; a shadow version must have weight 0 or not be listed"));
            }

            if (shadow.Percent is < 1 or > 100)
            {
                errors.Add(new SpecError($"{path}.shadow.percent", $"must be between 1 and 100 (got {shadow.Percent})"));
            }
        }

        return errors;
    }

    /// <summary>
    /// Scales arbitrary non-negative <paramref name="weights"/> to percentages that sum to exactly 100 (largest remainder,
    /// ties to the earlier entry), e.g. for a split given as ratios such as 3:1. All zero is refused: nothing would serve.
    /// </summary>
    public static ImmutableArray<ModelVersionWeight> Normalize(IReadOnlyList<ModelVersionWeight> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Any(w => w.Weight < 0))
        {
            throw new ArgumentException("weights must not be negative", nameof(weights));
        }

        var total = weights.Sum(w => (long)w.Weight);
        if (total == 0)
        {
            throw new ArgumentException("at least one version needs a positive weight", nameof(weights));
        }

        var shares = weights.Select((w, i) => (w, i, exact: w.Weight * 100m / total)).ToList();
        var floors = shares.Select(s => (int)decimal.Floor(s.exact)).ToArray();
        var left = 100 - floors.Sum();
        foreach (var s in shares.OrderByDescending(s => s.exact - decimal.Floor(s.exact)).ThenBy(s => s.i).Take(left))
        {
            floors[s.i]++;
        }

        return [.. weights.Select((w, i) => w with { Weight = floors[i] })];
    }

    /// <summary>The config change that rolls <paramref name="version"/> back: its weight to 0, its share to <paramref name="stable"/>.</summary>
    public static ImmutableArray<ModelVersionWeight> RollBack(IReadOnlyList<ModelVersionWeight> weights, string version, string stable)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var freed = weights.Where(w => w.Version == version).Sum(w => w.Weight);
        if (!weights.Any(w => w.Version == stable))
        {
            throw new ArgumentException($"stable version '{stable}' is not deployed", nameof(stable));
        }

        return [.. weights.Select(w => w.Version == version ? w with { Weight = 0 } : w.Version == stable ? w with { Weight = w.Weight + freed } : w)];
    }
}
