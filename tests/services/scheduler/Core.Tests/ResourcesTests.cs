using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Core.Tests;

public sealed class ResourcesTests
{
    [Theory]
    [InlineData(1, 1000)]
    [InlineData(0.5, 500)]
    [InlineData(0.46, 460)]
    [InlineData(8, 8000)]
    public void GpuCountsConvertExactlyToThousandths(double gpus, long milli) =>
        Assert.Equal(milli, Resources.ToGpuMilli((decimal)gpus));

    [Theory]
    [InlineData(1000, 1000, 1024, true)]
    [InlineData(4000, 48000, 196608, true)]
    [InlineData(4001, 1000, 1024, false)]
    [InlineData(1000, 48001, 1024, false)]
    [InlineData(1000, 1000, 196609, false)]
    public void RequestFitsOnlyWhenEveryResourceFits(long gpu, long cpu, long mem, bool fits) =>
        Assert.Equal(fits, new Resources(4000, 48000, 196608).Fits(new Resources(gpu, cpu, mem)));

    [Fact]
    public void DominantShareIsTheLargestPerResourceFraction()
    {
        var total = new Resources(10_000, 100_000, 1000);
        Assert.Equal(0.5, new Resources(1000, 50_000, 100).DominantShare(total), 6);
        Assert.Equal(0.3, new Resources(3000, 0, 0).DominantShare(total), 6);
    }

    [Fact]
    public void ArithmeticIsComponentWise()
    {
        var a = new Resources(1000, 2000, 3000);
        var b = new Resources(500, 500, 500);
        Assert.Equal(new Resources(1500, 2500, 3500), a + b);
        Assert.Equal(new Resources(500, 1500, 2500), a - b);
        Assert.Equal(new Resources(3000, 6000, 9000), a * 3);
        Assert.False((b - a).IsNonNegative);
    }
}
