namespace MlPlatform.CostModel.Tests;

public sealed class PriceTableAgeTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    [Fact]
    public void TablesWithinNinetyDaysAreFresh()
    {
        var age = PriceTableAge.Of(new PriceCatalog([]) { Source = "data/pricing", AsOf = Today.AddDays(-90) }, Today);

        Assert.Equal(90, age.AgeDays);
        Assert.False(age.IsStale);
        Assert.Null(age.Warning());
        Assert.Contains("2026-09-05", age.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void TablesOlderThanNinetyDaysAreStaleAndSaySo()
    {
        var age = PriceTableAge.Of(new PriceCatalog([]) { Source = "data/pricing", AsOf = Today.AddDays(-91) }, Today);

        Assert.True(age.IsStale);
        Assert.Contains("91 days old", age.Warning(), StringComparison.Ordinal);
    }

    [Fact]
    public void TablesThatDoNotSayWhenArePricedButFlagged()
    {
        var age = PriceTableAge.Of(new PriceCatalog([]) { Source = "elsewhere" }, Today);

        Assert.Null(age.AgeDays);
        Assert.True(age.IsStale);
        Assert.Contains(PriceCatalogLoader.AsOfFile, age.Warning(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheLoaderReadsTheSnapshotDateBesideTheTables()
    {
        var directory = TablesWith("2026-11-20\n");

        var catalog = PriceCatalogLoader.LoadDirectory(directory);

        Assert.Equal(new DateOnly(2026, 11, 20), catalog.AsOf);
        Assert.Equal(directory, catalog.Source);
        Assert.NotEmpty(catalog.Offerings);
    }

    [Fact]
    public void AMalformedSnapshotDateNamesTheFile()
    {
        var directory = TablesWith("November 2026\n");

        var error = Assert.Throws<PriceDataException>(() => PriceCatalogLoader.LoadDirectory(directory));

        Assert.Equal(Path.Combine(directory, PriceCatalogLoader.AsOfFile), error.Source);
        Assert.Contains("November 2026", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRepositoryTablesSayWhenTheirPricesWereTaken()
    {
        Assert.NotNull(SharedPricing.Load().AsOf);
    }

    private static string TablesWith(string asOf)
    {
        var directory = Directory.CreateTempSubdirectory("prices-").FullName;
        File.WriteAllText(Path.Combine(directory, "prices.csv"), "instance_type,gpu,gpu_count,vcpu,memory,region,on_demand_usd_hr\ng6.xlarge,\"NVIDIA L4\",1,4,\"16 GiB\",us-east-1,0.8048\n");
        File.WriteAllText(Path.Combine(directory, PriceCatalogLoader.AsOfFile), asOf);
        return directory;
    }
}
