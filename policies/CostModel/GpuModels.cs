namespace MlPlatform.CostModel;

/// <summary>
/// Normalises the accelerator names of the price tables ("NVIDIA A10G", "A10G", "V100") and knows each model's memory,
/// which the price tables do not carry. Memory per device is the vendor's published figure.
/// </summary>
public static class GpuModels
{
    private static readonly Dictionary<string, decimal> MemoryGiBByModel = new(StringComparer.OrdinalIgnoreCase)
    {
        ["K80"] = 12, ["M60"] = 8, ["T4"] = 16, ["T4g"] = 16, ["A10G"] = 24, ["A10"] = 24, ["L4"] = 24, ["L40"] = 48,
        ["L40S"] = 48, ["V100"] = 16, ["V100-32GB"] = 32, ["A100"] = 40, ["A100-80GB"] = 80, ["H100"] = 80,
        ["H200"] = 141, ["B200"] = 180, ["B300"] = 288, ["P100"] = 16, ["P40"] = 24, ["A10-4"] = 4, ["A10-8"] = 8,
        ["RTX-PRO-6000"] = 96, ["RADEON-PRO-V520"] = 8, ["MI25"] = 16,
    };

    /// <summary>Parses a price-table accelerator name; <paramref name="instanceType"/> disambiguates variants the name hides.</summary>
    public static GpuModel Parse(string acceleratorName, string instanceType)
    {
        ArgumentNullException.ThrowIfNull(acceleratorName);
        ArgumentNullException.ThrowIfNull(instanceType);
        var raw = acceleratorName.Trim();
        var isNvidia = raw.StartsWith("NVIDIA ", StringComparison.OrdinalIgnoreCase) || IsKnownNvidiaShortName(raw);
        var name = raw.StartsWith("NVIDIA ", StringComparison.OrdinalIgnoreCase) ? raw["NVIDIA ".Length..] : raw;
        name = name.Replace(" Blackwell", string.Empty, StringComparison.OrdinalIgnoreCase)
            .Replace("RTX PRO 6000", "RTX-PRO-6000", StringComparison.OrdinalIgnoreCase)
            .Replace("AMD Radeon Pro V520", "RADEON-PRO-V520", StringComparison.OrdinalIgnoreCase)
            .Replace("GRID K520", "K520", StringComparison.OrdinalIgnoreCase)
            .Trim();

        // The same model name covers two memory sizes; the instance family says which one.
        if (name.Equals("A100", StringComparison.OrdinalIgnoreCase)
            && (instanceType.StartsWith("p4de", StringComparison.OrdinalIgnoreCase)
                || instanceType.Contains("A100_v4", StringComparison.OrdinalIgnoreCase)
                || instanceType.Contains("A100_v5", StringComparison.OrdinalIgnoreCase)
                || instanceType.Contains("A100v4", StringComparison.OrdinalIgnoreCase)))
        {
            name = "A100-80GB";
        }
        else if (name.Equals("V100", StringComparison.OrdinalIgnoreCase)
            && (instanceType.StartsWith("p3dn", StringComparison.OrdinalIgnoreCase)
                || instanceType.Contains("ND40rs", StringComparison.OrdinalIgnoreCase)))
        {
            name = "V100-32GB";
        }

        return new GpuModel(name, MemoryGiBByModel.GetValueOrDefault(name), isNvidia);
    }

    /// <summary>The published memory of one device of <paramref name="model"/>, if known.</summary>
    public static decimal? MemoryGiB(string model) =>
        MemoryGiBByModel.TryGetValue(model, out var memory) ? memory : null;

    private static bool IsKnownNvidiaShortName(string name) => name.ToUpperInvariant() switch
    {
        "K80" or "M60" or "T4" or "T4G" or "A10G" or "A10" or "L4" or "L40" or "L40S" or "V100" or "V100-32GB" or "A100"
            or "A100-80GB" or "H100" or "H200" or "B200" or "P100" or "P40" or "A10-4" or "A10-8" => true,
        _ => false,
    };
}
