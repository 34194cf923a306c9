using System.Text.RegularExpressions;
using MlPlatform.Stacks.Config.Binding;

namespace MlPlatform.Stacks.Config.Tests;

/// <summary>
/// docs/configuration.md is the configuration reference: every key the binder accepts is documented there, and every
/// key documented there is one the binder accepts.
/// </summary>
public sealed partial class ConfigurationDocsTests
{
    private static readonly string[] Stacks = ["dev", "prod", "dev-azure", "prod-azure"];

    [Fact]
    public void EveryAcceptedKeyIsDocumented()
    {
        var documented = DocumentedKeys();

        var missing = AcceptedKeys().Where(k => !IsDocumented(k, documented)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, "not in docs/configuration.md:\n  " + string.Join("\n  ", missing));
    }

    [Fact]
    public void EveryDocumentedKeyIsAccepted()
    {
        var accepted = AcceptedKeys();

        var unknown = DocumentedKeys().Where(k => !Exists(k, accepted)).Order(StringComparer.Ordinal).ToList();

        Assert.True(unknown.Count == 0, "documented but not accepted by the binder:\n  " + string.Join("\n  ", unknown));
    }

    [Fact]
    public void BraceListsExpandToOneKeyEach() =>
        Assert.Equal(["mlplatform:a.x.b", "mlplatform:a.y.b"], Expand("mlplatform:a.{x,y}.b"));

    // Keys are looked for whether set or not, except the fields of list items: the committed stacks have items in
    // every list.
    private static HashSet<string> AcceptedKeys() =>
        [.. Stacks.SelectMany(s => StackConfigBinder.KeysLookedFor(StackFile.Load(RepositoryFiles.Root, s).Namespace(StackConfigReader.Namespace), s))];

    private static HashSet<string> DocumentedKeys()
    {
        var text = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "docs", "configuration.md"));
        return [.. text.Select(l => TableKey().Match(l)).Where(m => m.Success).SelectMany(m => Expand(m.Groups["key"].Value))];
    }

    private static bool IsDocumented(string key, HashSet<string> documented) =>
        documented.Contains(key)
        // An object or list is documented through its fields.
        || documented.Any(d => d.StartsWith(key + ".", StringComparison.Ordinal) || d.StartsWith(key + "[]", StringComparison.Ordinal))
        // `policy.*` documents every key under policy.
        || documented.Any(d => d.EndsWith(".*", StringComparison.Ordinal) && key.StartsWith(d[..^1], StringComparison.Ordinal));

    private static bool Exists(string documented, HashSet<string> accepted) =>
        documented.EndsWith(".*", StringComparison.Ordinal)
            ? accepted.Any(k => k.StartsWith(documented[..^1], StringComparison.Ordinal))
            : accepted.Contains(documented.EndsWith("[]", StringComparison.Ordinal) ? documented[..^2] : documented);

    private static List<string> Expand(string key)
    {
        var brace = key.IndexOf('{', StringComparison.Ordinal);
        if (brace < 0)
        {
            return [key];
        }

        var close = key.IndexOf('}', brace);
        return [.. key[(brace + 1)..close].Split(',').SelectMany(part => Expand(key[..brace] + part.Trim() + key[(close + 1)..]))];
    }

    [GeneratedRegex(@"^\| `(?<key>mlplatform:[^`]+)`")]
    private static partial Regex TableKey();
}
