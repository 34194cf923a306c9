using Microsoft.Extensions.Configuration;
using MlPlatform.Scheduler.Api.Hosting;

namespace MlPlatform.Scheduler.Api.Tests;

public sealed class StartupCheckTests
{
    [Fact]
    public void AnUnreadablePriceTableIsOneLineNamingTheFileAndTheProblem()
    {
        var directory = Directory.CreateTempSubdirectory("bad-prices-").FullName;
        var file = Path.Combine(directory, "prices.csv");
        File.WriteAllText(file, "instance_type,gpu\nx,y\n");

        var problem = Assert.Single(StartupCheck.PriceTableProblems(Configuration(directory)));

        Assert.Contains(file, problem, StringComparison.Ordinal);
        Assert.Contains("unrecognised header", problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem);
    }

    [Fact]
    public void AMissingPriceDirectoryIsNamed()
    {
        var problem = Assert.Single(StartupCheck.PriceTableProblems(Configuration("/no/such/pricing")));

        Assert.Contains("/no/such/pricing", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRepositoryTablesLoad()
    {
        Assert.Empty(StartupCheck.PriceTableProblems(new ConfigurationBuilder().Build()));
    }

    private static IConfiguration Configuration(string pricingDirectory) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Scheduler:PricingDirectory"] = pricingDirectory }).Build();
}
