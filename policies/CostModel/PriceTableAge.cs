namespace MlPlatform.CostModel;

/// <summary>
/// How old the price tables are. Cloud prices move (AWS cut P4 and P5 on-demand prices by up to 45 % in 2025), so a
/// cost estimate from tables older than <see cref="MaxFreshDays"/> days, or of unknown age, is flagged.
/// </summary>
public sealed record PriceTableAge(string? Source, DateOnly? AsOf, int? AgeDays)
{
    /// <summary>Tables older than this many days are stale.</summary>
    public const int MaxFreshDays = 90;

    /// <summary>Older than <see cref="MaxFreshDays"/>, or of unknown age.</summary>
    public bool IsStale => AgeDays is not { } days || days > MaxFreshDays;

    /// <summary>The age of <paramref name="catalog"/>'s prices on <paramref name="today"/>.</summary>
    public static PriceTableAge Of(PriceCatalog catalog, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new PriceTableAge(catalog.Source, catalog.AsOf, catalog.AsOf is { } asOf ? today.DayNumber - asOf.DayNumber : null);
    }

    /// <summary>One line: where the tables are and when their prices were taken.</summary>
    public string Describe() => AsOf is { } asOf
        ? $"price tables {Source ?? "(embedded)"}: prices as of {asOf:yyyy-MM-dd} ({AgeDays} days old)"
        : $"price tables {Source ?? "(embedded)"}: no {PriceCatalogLoader.AsOfFile}, the date of the prices is unknown";

    /// <summary>The warning to show when <see cref="IsStale"/>; null when the tables are fresh.</summary>
    public string? Warning() => !IsStale
        ? null
        : AsOf is null
            ? $"the price tables do not say when their prices were taken (add {PriceCatalogLoader.AsOfFile}); costs may be out of date"
            : $"the price tables are {AgeDays} days old (more than {MaxFreshDays}); costs may be out of date: refresh data/pricing (docs/policies/the-cost-model.md: Refreshing the price tables)";
}
