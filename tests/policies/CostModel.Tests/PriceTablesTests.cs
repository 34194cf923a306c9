namespace MlPlatform.CostModel.Tests;

public class PriceTablesTests
{
    [Fact]
    public void RealTablesPriceTheGpuTypesTheStacksUse()
    {
        var catalog = SharedPricing.Load();

        var l4 = catalog.Find(Cloud.Aws, "g6.xlarge", "us-east-1");
        Assert.NotNull(l4);
        Assert.Equal(1, l4.GpuCount);
        Assert.Equal("L4", l4.Gpu.Name);
        var onDemand = catalog.HourlyPrice(Cloud.Aws, "g6.xlarge", "us-east-1", CapacityType.OnDemand);
        var spot = catalog.HourlyPrice(Cloud.Aws, "g6.xlarge", "us-east-1", CapacityType.Spot);
        Assert.True(spot.UsdPerHour < onDemand.UsdPerHour, $"spot {spot.UsdPerHour} should be below on-demand {onDemand.UsdPerHour}");
        Assert.Contains(catalog.Offerings, o => o.Cloud == Cloud.Azure && o.SpotUsdPerHour is not null);
    }

    [Theory]
    [InlineData("g6.xlarge")]
    [InlineData("g6.2xlarge")]
    [InlineData("g6.4xlarge")]
    [InlineData("g6.12xlarge")]
    [InlineData("g6.24xlarge")]
    [InlineData("g5.12xlarge")]
    [InlineData("g5.24xlarge")]
    public void RealTablesHaveASnapshotSpotPriceForEveryTypeTheAwsStacksUse(string instanceType)
    {
        var spot = SharedPricing.Load().HourlyPrice(Cloud.Aws, instanceType, "us-east-1", CapacityType.Spot);

        Assert.False(spot.IsEstimated, $"{instanceType} spot price in us-east-1 is estimated; the spot extract lacks it");
    }

    [Fact]
    public void SpotCatalogOnDemandPricesAgreeWithTheAwsPriceList()
    {
        // The loader lets the price list win, so a stale spot extract would only show here (as the pre-2025 P4/P5 prices did).
        var priceList = PriceCatalogLoader.LoadDirectory(Path.Combine(SharedPricing.Directory, "aws-on-demand"));
        var spotCatalog = PriceCatalogLoader.LoadDirectory(Path.Combine(SharedPricing.Directory, "spot-catalog"));

        var compared = spotCatalog.Offerings
            .Where(o => o.Cloud == Cloud.Aws)
            .Select(o => (Spot: o, List: priceList.Find(Cloud.Aws, o.InstanceType, o.Region)))
            .Where(pair => pair.List is not null)
            .ToList();

        Assert.NotEmpty(compared);
        Assert.All(compared, pair => Assert.True(
            Math.Abs(pair.Spot.OnDemandUsdPerHour - pair.List!.OnDemandUsdPerHour) < 0.0001m,
            $"{pair.Spot.InstanceType} {pair.Spot.Region}: spot catalog {pair.Spot.OnDemandUsdPerHour}, price list {pair.List.OnDemandUsdPerHour}"));
    }

    [Fact]
    public void MalformedGpuTableNamesFileAndLine()
    {
        const string Csv = "instance_type,gpu,gpu_count,vcpu,memory,region,on_demand_usd_hr,reserved_usd_hr\n"
            + "g6.xlarge,L4,1,4,16,us-east-1,0.8048,\n"
            + "g6.2xlarge,L4,1,8,32,us-east-1,not-a-price,\n";

        var e = Assert.Throws<PriceDataException>(() => PriceCatalogLoader.LoadText([("prices/aws.csv", Csv)]));

        Assert.Equal("prices/aws.csv", e.Source);
        Assert.Equal(3, e.Line);
        Assert.Contains("on_demand_usd_hr", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddedListPricesCoverControlPlanesStorageAndSystemPools()
    {
        var list = ListPriceLoader.LoadEmbedded();

        Assert.Equal(ListPriceLoader.EmbeddedSource, list.Source);
        Assert.Equal(0.10m, list.Find(Cloud.Aws, "eks-cluster-standard")!.UsdPerHour);
        Assert.Equal(0.096m, list.NodeHourly(Cloud.Aws, "m6i.large"));
        Assert.Equal(0.096m, list.NodeHourly(Cloud.Azure, "standard_d2s_v5"));
        var s3 = list.Find(Cloud.Aws, "s3-standard")!;
        Assert.Equal(ListPriceUnit.GibMonth, s3.Unit);
        Assert.Equal(0.023m * 500 / HourlyPrice.HoursPerMonth, s3.UsdPerHour);
        Assert.Equal(50m / HourlyPrice.HoursPerMonth, list.Find(Cloud.Azure, "acr-premium")!.UsdPerHour);
    }

    [Fact]
    public void ListPricesAreReplacedByAFileOfTheSameShape()
    {
        var path = Path.Combine(Path.GetTempPath(), $"list-prices-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "cloud,item,unit,usd,assumed_quantity,description\naws,eks-cluster-standard,hour,0.25,,negotiated\n");
        try
        {
            var list = ListPriceLoader.Load(path);

            Assert.Equal(path, list.Source);
            Assert.Equal(0.25m, list.Find(Cloud.Aws, "eks-cluster-standard")!.Usd);
            Assert.Null(list.Find(Cloud.Aws, "nat-gateway"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("cloud,item,unit,usd\naws,x,hour,0.1\ngcp,y,hour,0.2\n", 3, "cloud")]
    [InlineData("cloud,item,unit,usd\naws,x,fortnight,0.1\n", 2, "unit")]
    [InlineData("cloud,item,unit,usd\naws,x,hour,cheap\n", 2, "usd")]
    [InlineData("cloud,item,unit,usd\naws,x,hour,-1\n", 2, "usd")]
    [InlineData("cloud,item,unit\naws,x,hour\n", 1, "usd")]
    [InlineData("cloud,item,unit,usd\naws,x\n", 2, "unit")]
    [InlineData("", 1, "empty")]
    public void MalformedListPricesNameFileLineAndColumn(string csv, int line, string mentioned)
    {
        var e = Assert.Throws<PriceDataException>(() => ListPriceLoader.LoadText("my-prices.csv", csv));

        Assert.Equal("my-prices.csv", e.Source);
        Assert.Equal(line, e.Line);
        Assert.Contains(mentioned, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingListPriceFileNamesThePath()
    {
        var e = Assert.Throws<FileNotFoundException>(() => ListPriceLoader.LoadFile("/nonexistent/list-prices.csv"));

        Assert.Equal("/nonexistent/list-prices.csv", e.FileName);
    }

    [Fact]
    public void GeneralPurposeNodesArePricedFromTheListWithEstimatedSpot()
    {
        var costs = new CostCatalog(SharedPricing.Load(), ListPriceLoader.LoadEmbedded());

        var onDemand = costs.NodePrice(Cloud.Aws, "m6i.large", "us-east-1", CapacityType.OnDemand);
        var spot = costs.NodePrice(Cloud.Aws, "m6i.large", "us-east-1", CapacityType.Spot);

        Assert.Equal(new HourlyPrice(0.096m, false), onDemand);
        Assert.True(spot!.Value.IsEstimated);
        Assert.True(spot.Value.UsdPerHour < 0.096m);
        Assert.Null(costs.NodePrice(Cloud.Aws, "z9.imaginary", "us-east-1", CapacityType.OnDemand));
        Assert.Equal(0, costs.GpusPerNode(Cloud.Aws, "m6i.large", "us-east-1"));
        Assert.Equal(4, costs.GpusPerNode(Cloud.Aws, "g6.12xlarge", "us-east-1"));
        Assert.True(costs.IsGpuType(Cloud.Aws, "g6.xlarge"));
        Assert.False(costs.IsGpuType(Cloud.Aws, "m6i.large"));
    }
}
