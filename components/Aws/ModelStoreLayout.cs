using System.Text.RegularExpressions;

namespace MlPlatform.Components.Aws;

/// <summary>
/// Where things live in the model store bucket: artifacts under <c>models/&lt;name&gt;/&lt;version&gt;/</c> with lineage
/// metadata beside them (<c>lineage.json</c>: dataset versions, code revision, training job, metrics), and aliases
/// (<c>aliases/&lt;name&gt;/&lt;alias&gt;</c>, a small object whose body is the version it points at) so serving resolves
/// <c>production</c> or <c>canary</c> without listing. Versions are immutable; aliases move.
/// </summary>
public static partial class ModelStoreLayout
{
    public const string ModelsPrefix = "models/";

    public const string AliasesPrefix = "aliases/";

    public const string LineageFileName = "lineage.json";

    /// <summary>Prefix of one model version's artifacts.</summary>
    public static string ArtifactPrefix(string model, string version) => $"{ModelsPrefix}{Segment(model, nameof(model))}/{Segment(version, nameof(version))}/";

    /// <summary>Key of one model version's lineage metadata.</summary>
    public static string LineageKey(string model, string version) => ArtifactPrefix(model, version) + LineageFileName;

    /// <summary>Key of an alias object.</summary>
    public static string AliasKey(string model, string alias) => $"{AliasesPrefix}{Segment(model, nameof(model))}/{Segment(alias, nameof(alias))}";

    private static string Segment(string value, string what) =>
        SegmentPattern().IsMatch(value ?? string.Empty)
            ? value!
            : throw new ArgumentException($"{what} '{value}' must be 1-128 characters of lowercase letters, digits, '.', '_' or '-', starting with a letter or digit", what);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,127}$")]
    private static partial Regex SegmentPattern();
}
