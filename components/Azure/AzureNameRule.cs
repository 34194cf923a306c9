using System.Text.RegularExpressions;

namespace MlPlatform.Components.Azure;

/// <summary>What Azure accepts as the name of one resource type.</summary>
/// <param name="MinLength">Shortest name.</param>
/// <param name="MaxLength">Longest name.</param>
/// <param name="Pattern">The whole name must match (anchored).</param>
/// <param name="Description">The rule in words, for error messages.</param>
/// <param name="Lowercase">Only lowercase letters (storage accounts, containers, agent pools).</param>
/// <param name="Separators">Whether '-' may separate words; false for letters-and-digits-only names.</param>
/// <param name="StartsWithLetter">The first character must be a letter (agent pools).</param>
public sealed record AzureNameRule(int MinLength, int MaxLength, Regex Pattern, string Description, bool Lowercase = false, bool Separators = true, bool StartsWithLetter = false)
{
    /// <summary>Whether <paramref name="name"/> satisfies the rule.</summary>
    public bool Accepts(string name) =>
        name is not null && name.Length >= MinLength && name.Length <= MaxLength && Pattern.IsMatch(name);
}
