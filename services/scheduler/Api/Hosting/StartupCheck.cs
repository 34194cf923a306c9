using MlPlatform.CostModel;

namespace MlPlatform.Scheduler.Api.Hosting;

/// <summary>
/// Reads the price tables before the host is built, so an unreadable table ends the process with one line naming the
/// file and the problem, and exit code 2, instead of the host's unhandled-exception trace at start-up.
/// </summary>
public static class StartupCheck
{
    /// <summary>The problems with the price tables the configuration names, one line each; empty when they load.</summary>
    public static IReadOnlyList<string> PriceTableProblems(IConfiguration configuration)
    {
        try
        {
            _ = PriceCatalogLoader.LoadDirectory(SchedulerHostingExtensions.PricingDirectory(configuration));
            return [];
        }
        catch (PriceDataException e)
        {
            return [$"price table {e.Message}"];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [e.Message];
        }
    }
}
