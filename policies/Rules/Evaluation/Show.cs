using System.Globalization;

namespace MlPlatform.Policies;

/// <summary>How measured values and limits are written in violations and reports (invariant culture).</summary>
public static class Show
{
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Usd(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Percent(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
