using System.Collections.Immutable;

namespace MlPlatform.Components.Aws;

/// <summary>How the Karpenter controller is installed: chart version, where it runs and how big it is.</summary>
/// <param name="ChartVersion">Version of the official chart <c>oci://public.ecr.aws/karpenter/karpenter</c> (Karpenter v1).</param>
/// <param name="Namespace">Namespace of the release; <c>kube-system</c>, as Karpenter's guide installs it.</param>
/// <param name="ServiceAccountName">The controller's service account; the Pod Identity association binds this name.</param>
/// <param name="Replicas">Controller replicas (one leader, the others stand by), each on its own node.</param>
/// <param name="CpuRequest">CPU request of the controller container.</param>
/// <param name="MemoryRequest">Memory request of the controller container.</param>
/// <param name="CpuLimit">CPU limit of the controller container.</param>
/// <param name="MemoryLimit">Memory limit of the controller container.</param>
public sealed record KarpenterControllerSettings(
    string ChartVersion = KarpenterControllerSettings.DefaultChartVersion,
    string Namespace = "kube-system",
    string ServiceAccountName = "karpenter",
    int Replicas = 2,
    string CpuRequest = "1",
    string MemoryRequest = "1Gi",
    string CpuLimit = "1",
    string MemoryLimit = "1Gi")
{
    /// <summary>The chart version the platform was built against (Karpenter v1.8.1; supports Kubernetes 1.33 and 1.34).</summary>
    // aws/karpenter-provider-aws tag v1.8.1 (1ad0d78f): charts/karpenter, published as public.ecr.aws/karpenter/karpenter
    // with the release version by hack/release/common.sh; website/content/en/v1.8/upgrading/compatibility.md: 1.34 needs 1.8.x.
    public const string DefaultChartVersion = "1.8.1";

    /// <summary>The official chart, an OCI artifact in the public ECR gallery.</summary>
    public const string Chart = "oci://public.ecr.aws/karpenter/karpenter";

    public static KarpenterControllerSettings Default { get; } = new();

    /// <summary>
    /// Node labels the controller must run on: the managed system node group. Never on nodes Karpenter launches, which
    /// it could consolidate away from under itself.
    /// </summary>
    public ImmutableDictionary<string, string> SystemNodeLabels { get; init; } =
        ImmutableDictionary<string, string>.Empty.Add(GpuNodeLabels.Pool, "system");
}
