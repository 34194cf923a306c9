using System.Text.RegularExpressions;

namespace MlPlatform.Plan.Tests;

/// <summary>A clone runs on its own: nothing reads a folder beside the repository, and every data set says where it came from.</summary>
public sealed partial class SelfContainedRepositoryTests
{
    private static readonly string[] CodeExtensions = [".cs", ".sh", ".csproj", ".props", ".targets", ".slnx", ".json", ".yaml", ".yml", ".py"];

    [Fact]
    public void NoCodeTestOrScriptReadsTheSharedFolderBesideTheRepository()
    {
        var offenders = new List<string>();
        foreach (var file in RepositoryFiles().Where(f => CodeExtensions.Contains(Path.GetExtension(f)) || IsScript(f)))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (SharedFolderReference().IsMatch(lines[i]))
                {
                    offenders.Add($"{Path.GetRelativePath(PlanFixture.Root, file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(offenders.Count == 0, $"references to a shared folder outside the repository:\n{string.Join('\n', offenders)}");
    }

    [Fact]
    public void EveryDataSetHasItsProvenance()
    {
        var data = Path.Combine(PlanFixture.Root, "data");
        var missing = Directory.GetDirectories(data)
            .Where(set => !Directory.EnumerateFiles(set, "*.md").Any(f => Path.GetFileName(f) is "PROVENANCE.md" or "SOURCES.md" or "README.md"))
            .Select(Path.GetFileName)
            .ToList();

        Assert.True(Directory.GetDirectories(data).Length >= 5, "data/ holds the price tables, traces, Pulumi samples, schemas and SDK surface");
        Assert.True(missing.Count == 0, $"data sets without a provenance file: {string.Join(", ", missing)}");
    }

    // The files git would give a user: everything under the root but build output, git's own folder and the data itself.
    private static IEnumerable<string> RepositoryFiles()
    {
        var skipped = new[] { "bin", "obj", ".git", "data", "TestResults", "node_modules" };
        var pending = new Stack<string>([PlanFixture.Root]);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var sub in Directory.EnumerateDirectories(directory).Where(d => !skipped.Contains(Path.GetFileName(d))))
            {
                pending.Push(sub);
            }

            foreach (var file in Directory.EnumerateFiles(directory))
            {
                yield return file;
            }
        }
    }

    private static bool IsScript(string file) =>
        Path.GetExtension(file).Length == 0 && File.ReadLines(file).FirstOrDefault()?.StartsWith("#!", StringComparison.Ordinal) == true;

    // Written in two pieces so this file does not match itself.
    [GeneratedRegex(@"\.\./" + "shared|\"shared\"\\s*,")]
    private static partial Regex SharedFolderReference();
}
