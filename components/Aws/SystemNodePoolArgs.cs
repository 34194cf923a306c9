namespace MlPlatform.Components.Aws;

/// <summary>The system node group: on-demand, untainted, for add-ons and the platform's own services.</summary>
public sealed record SystemNodePoolArgs(string InstanceType = "m7i.xlarge", int MinNodes = 2, int MaxNodes = 4, int DiskSizeGiB = 100);
