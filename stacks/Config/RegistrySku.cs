namespace MlPlatform.Stacks.Config;

/// <summary>The Azure Container Registry service tier.</summary>
public enum RegistrySku
{
    /// <summary>No private endpoints, no retention policy for untagged manifests.</summary>
    Standard,

    /// <summary>Private endpoints, zone redundancy, the retention policy for untagged manifests.</summary>
    Premium,
}
