using Microsoft.Extensions.Options;
using MlPlatform.CostModel;
using MlPlatform.Scheduler.Api.Configuration;

namespace MlPlatform.Scheduler.Api.Hosting;

/// <summary>
/// Resolves what the scheduler cannot run without (validated options, the price tables) before the host starts, so a
/// bad configuration or an unreadable price file ends the process with one line per problem and exit code 2 instead of
/// the host's unhandled-exception trace.
/// </summary>
public static class StartupCheck
{
    /// <summary>The problems found, one line each; empty when the scheduler can start.</summary>
    public static IReadOnlyList<string> Problems(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            _ = services.GetRequiredService<IOptions<SchedulerOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            return [.. e.Failures.Select(f => $"invalid configuration: {f}")];
        }

        try
        {
            _ = services.GetRequiredService<PriceCatalog>();
        }
        catch (Exception e) when (e is PriceDataException or IOException or UnauthorizedAccessException)
        {
            return [e is PriceDataException ? $"price table {e.Message}" : e.Message];
        }

        return [];
    }
}
