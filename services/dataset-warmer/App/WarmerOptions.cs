using System.ComponentModel.DataAnnotations;

namespace MlPlatform.DatasetWarmer.App;

/// <summary>Settings of the warmer, from the <c>Warmer</c> section or the command line (<c>--store</c>, <c>--cache</c>, …).</summary>
public sealed class WarmerOptions
{
    public const string SectionName = "Warmer";

    /// <summary><c>s3://bucket[/prefix]</c> or <c>https://account.blob.core.windows.net/container[/prefix]</c>.</summary>
    [Required]
    public string Store { get; set; } = string.Empty;

    /// <summary>The cache directory (the node's NVMe mount, mounted into the pod).</summary>
    [Required]
    public string Cache { get; set; } = "/cache";

    [Range(1, 65536)]
    public int MaxSizeGiB { get; set; } = 500;

    /// <summary>Dataset versions to keep warm, <c>name@version</c>, comma-separated.</summary>
    public string Datasets { get; set; } = string.Empty;

    /// <summary>How often the configured versions are re-checked (a version evicted by hand is fetched again).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);

    [Range(1, 65535)]
    public int MetricsPort { get; set; } = 9400;
}
