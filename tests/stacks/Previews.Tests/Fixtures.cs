using MlPlatform.CostModel;

namespace MlPlatform.Stacks.Previews.Tests;

/// <summary>The real CLI output the repository ships at data/pulumi/preview-json-samples; fails clearly when missing.</summary>
internal static class Fixtures
{
    public static string Directory => RepositoryData.Find([AppContext.BaseDirectory], "pulumi", "preview-json-samples");

    public static string PathOf(string name) => Path.Combine(Directory, name);
}
