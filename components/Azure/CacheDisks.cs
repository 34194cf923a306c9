using System.Text.RegularExpressions;

namespace MlPlatform.Components.Azure;

/// <summary>
/// Where the dataset cache lives on an Azure GPU VM: local NVMe where the size has it (L-series, ND-series, NC A100 v4
/// and NC H100 v5), else the temporary disk. AKS mounts the temporary disk at <c>/mnt</c>, so a cache path under
/// <c>/mnt</c> lands on it without preparation; NVMe drives are striped by the node preparation step of the warmer.
/// </summary>
public static partial class CacheDisks
{
    /// <summary>Node label carrying the cache disk kind (<c>nvme</c> or <c>temp</c>), read by the disk preparation step.</summary>
    public const string Label = "mlplatform.io/dataset-cache-disk";

    /// <summary>Where AKS mounts the temporary disk.</summary>
    public const string TempDiskMount = "/mnt";

    public static CacheDiskKind For(string vmSize)
    {
        ArgumentException.ThrowIfNullOrEmpty(vmSize);
        return NvmeSize().IsMatch(vmSize) ? CacheDiskKind.Nvme : CacheDiskKind.TempDisk;
    }

    /// <summary>The label value of <paramref name="kind"/>.</summary>
    public static string LabelValue(CacheDiskKind kind) => kind == CacheDiskKind.Nvme ? "nvme" : "temp";

    /// <summary>
    /// Whether <paramref name="mountPath"/> works for <paramref name="kind"/>: on the temporary disk the cache must sit
    /// under <c>/mnt</c>, otherwise it would fill the OS disk.
    /// </summary>
    public static bool MountPathFits(CacheDiskKind kind, string mountPath) =>
        kind == CacheDiskKind.Nvme || (mountPath ?? string.Empty).StartsWith(TempDiskMount + "/", StringComparison.Ordinal);

    // Standard_L8s_v3, Standard_ND96asr_v4, Standard_ND96isr_H100_v5, Standard_NC24ads_A100_v4, Standard_NC40ads_H100_v5.
    [GeneratedRegex(@"^Standard_(L\d+[a-z]*_v\d|ND\d+[a-z]*_.*|NC\d+[a-z]*_(A100_v4|H100_v5))$", RegexOptions.IgnoreCase)]
    private static partial Regex NvmeSize();
}
