using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace MlPlatform.Components.Azure;

/// <summary>
/// Physical names of Azure resources: built from the environment prefix, cleaned to each type's character set and cut
/// to its length limit with a stable hash suffix, so shortened names stay unique and every run derives the same names.
/// Globally unique names (storage accounts, registries) carry a hash of a seed (region and cluster) as well.
/// </summary>
public static partial class AzureNaming
{
    private static readonly FrozenDictionary<AzureResourceKind, AzureNameRule> Rules = new Dictionary<AzureResourceKind, AzureNameRule>
    {
        [AzureResourceKind.ResourceGroup] = new(1, 90, ResourceGroupPattern(), "1-90 letters, digits, '-', '_', '.', '(' or ')', not ending in '.'"),
        [AzureResourceKind.VirtualNetwork] = new(2, 64, NetworkPattern(), "2-64 letters, digits, '-', '_' or '.', starting with a letter or digit"),
        [AzureResourceKind.Subnet] = new(1, 80, NetworkPattern(), "1-80 letters, digits, '-', '_' or '.', starting with a letter or digit"),
        [AzureResourceKind.ManagedCluster] = new(1, 63, ClusterPattern(), "1-63 letters, digits, '-' or '_', starting and ending with a letter or digit"),
        [AzureResourceKind.AgentPool] = new(1, 12, AgentPoolPattern(), "1-12 lowercase letters or digits, starting with a letter", Lowercase: true, Separators: false, StartsWithLetter: true),
        [AzureResourceKind.StorageAccount] = new(3, 24, StorageAccountPattern(), "3-24 lowercase letters or digits, globally unique", Lowercase: true, Separators: false),
        [AzureResourceKind.BlobContainer] = new(3, 63, BlobContainerPattern(), "3-63 lowercase letters, digits or single '-', starting and ending with a letter or digit", Lowercase: true),
        [AzureResourceKind.ContainerRegistry] = new(5, 50, RegistryPattern(), "5-50 letters or digits, globally unique", Separators: false),
        [AzureResourceKind.UserAssignedIdentity] = new(3, 128, IdentityPattern(), "3-128 letters, digits, '-' or '_', starting with a letter or digit"),
        [AzureResourceKind.FederatedCredential] = new(3, 120, IdentityPattern(), "3-120 letters, digits, '-' or '_', starting with a letter or digit"),
        [AzureResourceKind.LogAnalyticsWorkspace] = new(4, 63, WorkspacePattern(), "4-63 letters, digits or '-', starting and ending with a letter or digit"),
        [AzureResourceKind.Budget] = new(1, 63, BudgetPattern(), "1-63 letters, digits, '-' or '_'"),
        [AzureResourceKind.ActionGroup] = new(1, 260, ActionGroupPattern(), "1-260 letters, digits, '-', '_' or '.'"),
        [AzureResourceKind.ActionGroupShortName] = new(1, 12, ActionGroupShortNamePattern(), "1-12 letters, digits, '-' or '_'"),
        [AzureResourceKind.PrivateEndpoint] = new(2, 64, NetworkPattern(), "2-64 letters, digits, '-', '_' or '.', starting with a letter or digit"),
        [AzureResourceKind.NetworkInterface] = new(1, 80, NetworkPattern(), "1-80 letters, digits, '-', '_' or '.', starting with a letter or digit"),
        [AzureResourceKind.PrivateDnsZoneLink] = new(1, 80, NetworkPattern(), "1-80 letters, digits, '-', '_' or '.', starting with a letter or digit"),
    }.ToFrozenDictionary();

    /// <summary>
    /// A name for <paramref name="kind"/> from <paramref name="parts"/> joined by '-' (or run together where the type
    /// allows no separators), cleaned to the allowed characters and fitted to the maximum length.
    /// </summary>
    public static string For(AzureResourceKind kind, params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var rule = Rules[kind];
        var joined = string.Join(rule.Separators ? "-" : string.Empty, parts.Where(p => !string.IsNullOrEmpty(p)));
        var clean = Clean(joined, rule);
        if (clean.Length == 0)
        {
            throw new ArgumentException($"no usable characters for a {kind} name in '{joined}'", nameof(parts));
        }

        return Fit(clean, rule.MaxLength, rule.Separators);
    }

    /// <summary>
    /// A globally unique name (storage account, registry): the cleaned prefix and purpose, cut so that a 6-character hash
    /// of <paramref name="seed"/>, prefix and purpose fits behind them. The same inputs always give the same name.
    /// </summary>
    public static string Global(AzureResourceKind kind, string prefix, string purpose, string seed)
    {
        var rule = Rules[kind];
        var hash = Hash($"{seed}/{prefix}/{purpose}")[..6];
        var head = Clean(prefix + purpose, rule with { Lowercase = true, Separators = false });
        head = head[..Math.Min(head.Length, rule.MaxLength - hash.Length)];
        return head + hash;
    }

    /// <summary>
    /// The agent pool of one VM size of a GPU pool: <c>&lt;pool&gt;&lt;s|o&gt;&lt;index&gt;</c> (s = spot, o = on-demand),
    /// at most 12 characters; a pool name longer than 10 characters is cut to its head plus a 2-character hash.
    /// </summary>
    public static string AgentPool(string pool, bool spot, int index)
    {
        ArgumentException.ThrowIfNullOrEmpty(pool);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, 9);
        var suffix = string.Create(CultureInfo.InvariantCulture, $"{(spot ? 's' : 'o')}{index}");
        var head = Clean(pool, Rules[AzureResourceKind.AgentPool]);
        if (head.Length + suffix.Length > 12)
        {
            head = head[..(12 - suffix.Length - 2)] + Hash(pool)[..2];
        }

        return head + suffix;
    }

    /// <summary>The problem with <paramref name="name"/> as a <paramref name="kind"/> name, or null when Azure accepts it.</summary>
    public static SpecError? Validate(AzureResourceKind kind, string name, string path)
    {
        var rule = Rules[kind];
        return rule.Accepts(name) ? null : new SpecError(path, $"'{name}' is not a valid {kind} name: {rule.Description}");
    }

    /// <summary><paramref name="name"/> when it fits, else its head plus an 8-character hash of the whole name.</summary>
    public static string Fit(string name, int maxLength, bool separator = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.Length <= maxLength)
        {
            return name;
        }

        var hash = Hash(name)[..8];
        return separator
            ? $"{name[..(maxLength - 9)].TrimEnd('-', '.', '_')}-{hash}"
            : name[..(maxLength - 8)] + hash;
    }

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static string Clean(string value, AzureNameRule rule)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var raw in value)
        {
            var c = rule.Lowercase ? char.ToLowerInvariant(raw) : raw;
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (rule.Separators && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var clean = builder.ToString().Trim('-');
        return rule.StartsWithLetter && clean.Length > 0 && !char.IsAsciiLetter(clean[0]) ? "p" + clean : clean;
    }

    [GeneratedRegex(@"^[A-Za-z0-9._()\-]{0,89}[A-Za-z0-9_()\-]$")]
    private static partial Regex ResourceGroupPattern();

    [GeneratedRegex(@"^[A-Za-z0-9]([A-Za-z0-9._\-]*[A-Za-z0-9_])?$")]
    private static partial Regex NetworkPattern();

    [GeneratedRegex(@"^[A-Za-z0-9]([A-Za-z0-9_\-]*[A-Za-z0-9])?$")]
    private static partial Regex ClusterPattern();

    [GeneratedRegex("^[a-z][a-z0-9]{0,11}$")]
    private static partial Regex AgentPoolPattern();

    [GeneratedRegex("^[a-z0-9]{3,24}$")]
    private static partial Regex StorageAccountPattern();

    [GeneratedRegex(@"^(?!.*--)[a-z0-9][a-z0-9\-]*[a-z0-9]$")]
    private static partial Regex BlobContainerPattern();

    [GeneratedRegex("^[A-Za-z0-9]{5,50}$")]
    private static partial Regex RegistryPattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_\-]*$")]
    private static partial Regex IdentityPattern();

    [GeneratedRegex(@"^[A-Za-z0-9]([A-Za-z0-9\-]*[A-Za-z0-9])?$")]
    private static partial Regex WorkspacePattern();

    [GeneratedRegex(@"^[A-Za-z0-9_\-]+$")]
    private static partial Regex BudgetPattern();

    [GeneratedRegex(@"^[A-Za-z0-9._\-]+$")]
    private static partial Regex ActionGroupPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_\-]+$")]
    private static partial Regex ActionGroupShortNamePattern();
}
