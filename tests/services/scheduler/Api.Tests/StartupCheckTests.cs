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

    [Fact]
    public async Task AnInvalidConfigurationListsEveryProblemAndExitsTwoWithoutATrace()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "MlPlatform.Scheduler.Api.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { dll, "--Scheduler:CycleInterval=01:00:00", "--Scheduler:Teams:0:GpuQuota=-3", "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Equal(
            ["error: Scheduler:CycleInterval must be between 00:00:00.050 and 00:10:00 (got 01:00:00).", "error: Scheduler:Teams:0:GpuQuota must not be negative (got -3)."],
            stderr.TrimEnd().Split('\n'));
        Assert.DoesNotContain("Unhandled exception", stderr + stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr + stdout, StringComparison.Ordinal);
    }
}
