using System.Globalization;
using System.Text;

namespace MlPlatform.Components.Aws;

/// <summary>
/// Physical names of AWS resources, built from the environment prefix so two environments in one account never collide,
/// and cut to each service's length limit with a stable hash suffix so shortened names stay unique.
/// </summary>
public static class AwsNaming
{
    /// <summary>EKS node group names: at most 63 characters.</summary>
    public const int NodeGroupMaxLength = 63;

    /// <summary>S3 <c>bucketPrefix</c>: at most 37 characters (the provider appends a 26-character suffix).</summary>
    public const int BucketPrefixMaxLength = 37;

    /// <summary>The node group of one capacity type of a pool: <c>&lt;cluster&gt;-&lt;pool&gt;-spot</c> / <c>-ondemand</c>.</summary>
    public static string NodeGroup(string cluster, string pool, bool spot) =>
        Fit($"{cluster}-{pool}-{(spot ? "spot" : "ondemand")}", NodeGroupMaxLength);

    /// <summary>A lowercase, DNS-safe S3 bucket prefix ending in a dash, e.g. <c>mlp-dev-models-</c>.</summary>
    public static string BucketPrefix(string prefix, string purpose) =>
        Fit(Dns($"{prefix}-{purpose}"), BucketPrefixMaxLength - 1) + "-";

    /// <summary>An ECR repository name: <c>&lt;prefix&gt;/&lt;image&gt;</c>, lowercase.</summary>
    public static string Repository(string prefix, string image) => $"{Dns(prefix)}/{Dns(image)}";

    /// <summary>A KMS alias: <c>alias/&lt;prefix&gt;-&lt;purpose&gt;</c>.</summary>
    public static string KmsAlias(string prefix, string purpose) => $"alias/{Dns($"{prefix}-{purpose}")}";

    /// <summary>A budget name, unique per account: <c>&lt;prefix&gt;-&lt;scope&gt;</c>.</summary>
    public static string Budget(string prefix, string scope) => Fit($"{prefix}-{scope}", 100);

    /// <summary>
    /// <paramref name="name"/> when it fits, else its head plus an 8-character hash of the whole name, so that two long
    /// names sharing a head still differ.
    /// </summary>
    public static string Fit(string name, int maxLength)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.Length <= maxLength)
        {
            return name;
        }

        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
        return string.Create(CultureInfo.InvariantCulture, $"{name[..(maxLength - 9)].TrimEnd('-')}-{hash}");
    }

    private static string Dns(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.ToLowerInvariant())
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '-');
        }

        return builder.ToString().Trim('-');
    }
}
