using System.Text.RegularExpressions;

namespace MlPlatform.Plan.Tests;

/// <summary>The README stays short and every relative link of the README and docs/ leads to a file that exists.</summary>
public sealed partial class DocumentationLinksTests
{
    [Fact]
    public void EveryRelativeLinkLeadsToAFile()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(PlanFixture.Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Append(Path.Combine(PlanFixture.Root, "README.md"));

        var broken = pages.SelectMany(page => Link().Matches(File.ReadAllText(page))
                .Select(m => m.Groups["target"].Value)
                .Where(target => !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith('#') && !target.StartsWith("mailto:", StringComparison.Ordinal))
                .Where(target => !File.Exists(Resolve(page, target)) && !Directory.Exists(Resolve(page, target)))
                .Select(target => $"{Path.GetRelativePath(PlanFixture.Root, page)} → {target}"))
            .ToList();

        Assert.True(broken.Count == 0, "broken links:\n  " + string.Join("\n  ", broken));
    }

    [Fact]
    public void TheReadmeStaysShort() =>
        Assert.InRange(File.ReadAllLines(Path.Combine(PlanFixture.Root, "README.md")).Length, 1, 250);

    private static string Resolve(string page, string target) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, target.Split('#')[0]));

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();
}
