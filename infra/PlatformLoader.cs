using MlPlatform.CostModel;
using MlPlatform.Stacks.Config;
using Pulumi;

namespace MlPlatform.Infra;

/// <summary>Reads and validates the stack's config and loads the price tables, before any resource is declared.</summary>
public static class PlatformLoader
{
    /// <summary>
    /// The stack's <see cref="PlatformContext"/>, its config checked by <see cref="PlatformConfigPipeline"/> (every rule,
    /// cloud-specific ones included). An invalid config fails the run with every problem listed (as a
    /// <see cref="RunException"/>, which Pulumi prints without a stack trace).
    /// </summary>
    public static PlatformContext Load()
    {
        var config = new Config(StackConfigReader.Namespace);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in StackConfigReader.Keys)
        {
            if (config.Get(key) is { } value)
            {
                values[key] = value;
            }
        }

        var prices = LoadPrices();
        try
        {
            return new PlatformContext(PlatformConfigPipeline.Read(values, Deployment.Instance.StackName, prices), prices);
        }
        catch (StackConfigException e)
        {
            throw new RunException(e.Message, e);
        }
    }

    private static PriceCatalog LoadPrices()
    {
        try
        {
            return PriceCatalogLoader.LoadDirectory(PriceCatalogLoader.DefaultDirectory());
        }
        catch (Exception e) when (e is IOException or PriceDataException)
        {
            throw new RunException($"price tables could not be loaded: {e.Message}", e);
        }
    }
}
