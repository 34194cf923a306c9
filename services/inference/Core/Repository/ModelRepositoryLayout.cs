using System.Text.RegularExpressions;

namespace MlPlatform.Inference.Repository;

/// <summary>
/// The model store's layout, shared by every back-end: <c>models/&lt;name&gt;/&lt;version&gt;/model.onnx</c> with an optional
/// <c>metadata.json</c> beside it, and <c>aliases/&lt;name&gt;/&lt;alias&gt;</c> files holding a version.
/// </summary>
public static partial class ModelRepositoryLayout
{
    /// <summary>The folder of all models.</summary>
    public const string ModelsFolder = "models";

    /// <summary>The folder of all aliases.</summary>
    public const string AliasesFolder = "aliases";

    /// <summary>The model file name inside a version folder.</summary>
    public const string ModelFile = "model.onnx";

    /// <summary>The metadata file name inside a version folder.</summary>
    public const string MetadataFile = "metadata.json";

    /// <summary>The alias that receives traffic by default.</summary>
    public const string StableAlias = "stable";

    /// <summary>The alias that receives the canary share of traffic.</summary>
    public const string CanaryAlias = "canary";

    /// <summary>The alias that receives a copy of traffic whose answers are compared, never returned.</summary>
    public const string ShadowAlias = "shadow";

    /// <summary>True for names usable as a model, version or alias (letters, digits, '.', '_', '-'; not starting with '.').</summary>
    public static bool IsValidSegment(string? segment) => segment is not null && SegmentPattern().IsMatch(segment);

    /// <summary>The key of a version's model file.</summary>
    public static string ModelKey(string model, string version) => $"{ModelsFolder}/{model}/{version}/{ModelFile}";

    /// <summary>The key of a version's metadata file.</summary>
    public static string MetadataKey(string model, string version) => $"{ModelsFolder}/{model}/{version}/{MetadataFile}";

    /// <summary>The key of an alias file.</summary>
    public static string AliasKey(string model, string alias) => $"{AliasesFolder}/{model}/{alias}";

    /// <summary>Orders versions numerically when both are integers, else ordinally; the last is the newest.</summary>
    public static int CompareVersions(string? a, string? b)
    {
        if (long.TryParse(a, out var x) && long.TryParse(b, out var y))
        {
            return x.CompareTo(y);
        }

        return string.CompareOrdinal(a, b);
    }

    [GeneratedRegex("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$")]
    private static partial Regex SegmentPattern();
}
