namespace MlPlatform.CostModel.Tests;

/// <summary>The repository's real price tables at data/pricing (the test fails clearly when they are missing).</summary>
internal static class SharedPricing
{
    private static readonly Lazy<PriceCatalog> Catalog = new(() => PriceCatalogLoader.LoadDirectory(Directory));

    public static string Directory => PriceCatalogLoader.DefaultDirectory(AppContext.BaseDirectory);

    public static PriceCatalog Load() => Catalog.Value;
}
