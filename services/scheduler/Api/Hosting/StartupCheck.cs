using MlPlatform.Scheduler.Configuration;
using MlPlatform.CostModel;

namespace MlPlatform.Scheduler.Api.Hosting;

/// <summary>
/// Reads the price tables before the host is built, so an unreadable table ends the process with one line naming the
/// file and the problem, and exit code 2, instead of the host's unhandled-exception trace at start-up.
/// </summary>
public static class StartupCheck
{
    /// <summary>
    /// Every problem with the <c>Scheduler</c> section (the same validator the host runs at start), one line each, so an
    /// invalid configuration lists them all and exits 2 instead of crashing the host with an options exception's trace.
    /// </summary>
    public static IReadOnlyList<string> ConfigurationProblems(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        SchedulerOptions options;
        try
        {
            options = configuration.GetSection(SchedulerOptions.SectionName).Get<SchedulerOptions>() ?? new SchedulerOptions();
        }
        catch (InvalidOperationException e)
        {
            // A value of the wrong type (e.g. "Scheduler:CycleInterval": "soon"): the binder names the key.
            return [e.InnerException is { } inner ? $"{e.Message} {inner.Message}" : e.Message];
        }

        var catalog = PriceCatalogLoader.LoadDirectory(SchedulerHostingExtensions.PricingDirectory(configuration));
        var result = new SchedulerOptionsValidator(catalog).Validate(null, options);
        return result.Failed ? [.. result.Failures ?? []] : [];
    }

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
