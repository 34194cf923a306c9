using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MlPlatform.CostModel;
using MlPlatform.Scheduler.Api.Configuration;
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
        using var services = Services(_ => PriceCatalogLoader.LoadDirectory(directory));

        var problems = StartupCheck.Problems(services);

        var problem = Assert.Single(problems);
        Assert.Contains(file, problem, StringComparison.Ordinal);
        Assert.Contains("unrecognised header", problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem);
    }

    [Fact]
    public void AMissingPriceDirectoryIsNamed()
    {
        using var services = Services(_ => PriceCatalogLoader.LoadDirectory("/no/such/pricing"));

        var problem = Assert.Single(StartupCheck.Problems(services));

        Assert.Contains("/no/such/pricing", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryInvalidSettingIsALineOfItsOwn()
    {
        using var services = Services(
            _ => throw new InvalidOperationException("prices must not be read when the options are invalid"),
            new OptionsValidationException("Scheduler", typeof(SchedulerOptions), ["Scheduler:Pools:0:InstanceType: unknown", "Scheduler:Store:Provider: unknown"]));

        var problems = StartupCheck.Problems(services);

        Assert.Equal(["invalid configuration: Scheduler:Pools:0:InstanceType: unknown", "invalid configuration: Scheduler:Store:Provider: unknown"], problems);
    }

    [Fact]
    public void AValidSetUpHasNoProblems()
    {
        using var services = Services(_ => new PriceCatalog([]));

        Assert.Empty(StartupCheck.Problems(services));
    }

    private static ServiceProvider Services(Func<IServiceProvider, PriceCatalog> prices, OptionsValidationException? invalid = null)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<IOptions<SchedulerOptions>>(_ => invalid is null ? Options.Create(new SchedulerOptions()) : throw invalid);
        collection.AddSingleton(prices);
        return collection.BuildServiceProvider();
    }
}
