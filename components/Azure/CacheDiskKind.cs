namespace MlPlatform.Components.Azure;

/// <summary>Which local disk of a GPU VM holds the dataset cache.</summary>
public enum CacheDiskKind
{
    /// <summary>Local NVMe drives (L-series, ND-series, NC A100 v4 / H100 v5), striped as RAID0 at the cache mount path.</summary>
    Nvme,

    /// <summary>The VM's temporary (resource) disk, mounted at <c>/mnt</c> on AKS nodes.</summary>
    TempDisk,
}
