namespace MlPlatform.Stacks.Previews.Tests;

/// <summary>The real CLI output the owner keeps at ../shared/data/pulumi/preview-json-samples; fails clearly when missing.</summary>
internal static class Fixtures
{
    public static string Directory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data", "pulumi", "preview-json-samples");
                if (System.IO.Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException($"the fixtures shared/data/pulumi/preview-json-samples are not above {AppContext.BaseDirectory}");
        }
    }

    public static string PathOf(string name) => Path.Combine(Directory, name);
}
