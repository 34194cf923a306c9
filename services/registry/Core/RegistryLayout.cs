using System.Text.RegularExpressions;

namespace MlPlatform.Registry;

/// <summary>
/// Where the registry keeps things in the model store. Artifacts use the runtime's layout
/// (<c>models/&lt;m&gt;/&lt;v&gt;/model.onnx</c>, <c>aliases/&lt;m&gt;/&lt;alias&gt;</c>), so a promotion is a hot swap in the
/// runtime with no restart; the registry adds <c>registry.json</c> beside each version and one state document per model.
/// </summary>
public static partial class RegistryLayout
{
    public const string ModelFile = "model.onnx";
    public const string RecordFile = "registry.json";
    public const string Champion = "champion";
    public const string Challenger = "challenger";

    // The runtime's serving aliases that mirror the registry's: the champion takes default traffic, the challenger the canary share.
    public const string RuntimeStable = "stable";
    public const string RuntimeCanary = "canary";

    public static string VersionPrefix(string model) => $"models/{model}/";

    public static string FileKey(string model, string version, string path) => $"models/{model}/{version}/{path}";

    public static string RecordKey(string model, string version) => FileKey(model, version, RecordFile);

    public static string StateKey(string model) => $"registry/{model}/state.json";

    public static string AliasKey(string model, string alias) => $"aliases/{model}/{alias}";

    /// <summary>The runtime aliases an alias is served under (itself, and stable/canary for champion/challenger).</summary>
    public static IEnumerable<string> ServedAs(string alias) => alias switch
    {
        Champion => [Champion, RuntimeStable],
        Challenger => [Challenger, RuntimeCanary],
        _ => [alias],
    };

    /// <summary>Names usable as a model, version or alias (the runtime's rule: letters, digits, '.', '_', '-'; not starting with '.').</summary>
    public static bool IsValidName(string? name) => name is not null && Name().IsMatch(name);

    [GeneratedRegex("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$")]
    private static partial Regex Name();
}
