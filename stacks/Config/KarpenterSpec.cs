namespace MlPlatform.Stacks.Config;

/// <summary>The Karpenter controller the platform installs when <c>cluster.provisioner</c> is <c>karpenter</c> (AWS).</summary>
/// <param name="ChartVersion">
/// Version of the official chart (<c>oci://public.ecr.aws/karpenter/karpenter</c>), a Karpenter v1 release such as
/// <c>1.8.1</c>; null installs the version the components were built against.
/// </param>
public sealed record KarpenterSpec(string? ChartVersion);
