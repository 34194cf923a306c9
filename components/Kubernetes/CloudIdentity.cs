using System.Collections.Immutable;
using MlPlatform.CostModel;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// How a Kubernetes service account is bound to a cloud identity. AWS: the IAM role ARN as the IRSA annotation (EKS Pod
/// Identity associations, made on the AWS side, need nothing here but the annotation is harmless and documents the
/// binding). Azure: the managed identity's client id annotation, and pods carry the <c>azure.workload.identity/use</c>
/// label so the webhook injects the federated token.
/// </summary>
public static class CloudIdentity
{
    public const string AwsRoleAnnotation = "eks.amazonaws.com/role-arn";

    public const string AzureClientIdAnnotation = "azure.workload.identity/client-id";

    public const string AzureUseLabel = "azure.workload.identity/use";

    /// <summary>The service-account annotation key that carries the identity on <paramref name="cloud"/>.</summary>
    public static string AnnotationKey(Cloud cloud) => cloud switch
    {
        Cloud.Aws => AwsRoleAnnotation,
        Cloud.Azure => AzureClientIdAnnotation,
        _ => throw new ArgumentOutOfRangeException(nameof(cloud), cloud, "unknown cloud"),
    };

    /// <summary>Labels the pods of an identity-bound service account need on <paramref name="cloud"/>.</summary>
    public static ImmutableDictionary<string, string> PodLabels(Cloud cloud) => cloud == Cloud.Azure
        ? ImmutableDictionary<string, string>.Empty.Add(AzureUseLabel, "true")
        : ImmutableDictionary<string, string>.Empty;
}
