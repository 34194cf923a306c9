using MlPlatform.Stacks.Config;

namespace MlPlatform.Policies.Tests;

/// <summary>The repository's own stack files and the real CLI output it ships, found above the test binaries.</summary>
internal static class Repository
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Pulumi.yaml")) && File.Exists(Path.Combine(dir.FullName, "MlPlatform.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException($"no repository root (Pulumi.yaml + MlPlatform.slnx) above {AppContext.BaseDirectory}");
        }
    }

    public static string Fixture(string name) => Path.Combine(Root, "data", "pulumi", "preview-json-samples", name);

    /// <summary>Reads a stack's config, after <paramref name="edit"/> changes its raw values (key without namespace → JSON/text).</summary>
    public static PlatformConfig Config(string stack, Func<Dictionary<string, string>, Dictionary<string, string>>? edit = null)
    {
        var file = StackFile.Load(Root, stack);
        var values = file.Namespace(StackConfigReader.Namespace).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        return StackConfigReader.Read(edit is null ? values : edit(values), stack, Build.Costs.Gpu);
    }
}
