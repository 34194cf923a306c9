using System.Text.RegularExpressions;

namespace MlPlatform.DatasetWarmer;

/// <summary>A dataset version by name, written <c>name@version</c>.</summary>
public sealed partial record DatasetRef(string Name, string Version)
{
    public override string ToString() => $"{Name}@{Version}";

    /// <summary>Parses <c>name@version</c>; names and versions are lowercase letters, digits, '.', '_' and '-'.</summary>
    public static DatasetRef Parse(string text)
    {
        var match = Pattern().Match(text ?? string.Empty);
        return match.Success
            ? new DatasetRef(match.Groups[1].Value, match.Groups[2].Value)
            : throw new FormatException($"dataset '{text}' must be name@version of lowercase letters, digits, '.', '_' or '-'");
    }

    /// <summary>Parses a comma-separated list, ignoring empty items.</summary>
    public static IReadOnlyList<DatasetRef> ParseList(string? text) =>
        (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse).ToList();

    [GeneratedRegex("^([a-z0-9][a-z0-9._-]*)@([a-z0-9][a-z0-9._-]*)$")]
    private static partial Regex Pattern();
}
