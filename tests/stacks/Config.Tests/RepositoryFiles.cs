using MlPlatform.CostModel;

namespace MlPlatform.Stacks.Config.Tests;

/// <summary>Finds the repository root and the owner's price tables from the test's working directory.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<PriceCatalog> Catalog = new(() => PriceCatalogLoader.LoadDirectory(PriceCatalogLoader.DefaultDirectory(Root)));

    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Pulumi.yaml")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("Pulumi.yaml not found above the test directory");
        }
    }

    public static PriceCatalog Prices => Catalog.Value;
}
