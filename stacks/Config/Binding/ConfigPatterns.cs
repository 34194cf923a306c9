using System.Text.RegularExpressions;

namespace MlPlatform.Stacks.Config.Binding;

/// <summary>The shapes of config values that binders and rules share.</summary>
internal static partial class ConfigPatterns
{
    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    public static partial Regex Dns1123();

    [GeneratedRegex(@"^1\.\d{2}$")]
    public static partial Regex KubernetesVersion();

    [GeneratedRegex(@"^(\d{1,3}\.){3}\d{1,3}/\d{1,2}$")]
    public static partial Regex Cidr();

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]{2,}$")]
    public static partial Regex Domain();

    [GeneratedRegex("^[a-z0-9][a-z0-9._/:-]*@sha256:[a-f0-9]{64}$")]
    public static partial Regex ImageByDigest();

    [GeneratedRegex(@"^1\.\d+\.\d+$")]
    public static partial Regex KarpenterChartVersion();

    [GeneratedRegex(@"^v?\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$")]
    public static partial Regex ExactChartVersion();

    /// <summary>A DNS label of at most <paramref name="maxLength"/> characters.</summary>
    public static bool IsName(string value, int maxLength) => Dns1123().IsMatch(value) && value.Length <= maxLength;

    // A range or "latest" would make a preview say less than what up installs.
    public static bool IsChartVersion(string version, bool prefixed) => ExactChartVersion().IsMatch(version) && version.StartsWith('v') == prefixed;
}
