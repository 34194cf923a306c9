using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.Infra.Kubernetes;

/// <summary>
/// Cloud identities that Kubernetes service accounts assume (IAM role ARNs bound through EKS Pod Identity / IRSA on AWS,
/// user-assigned managed identity client IDs with federated credentials on Azure).
/// </summary>
/// <param name="Scheduler">The scheduler's service account.</param>
/// <param name="ModelReader">Serving: read-only access to the model store.</param>
/// <param name="ModelWriter">Training: read-write access to the model store.</param>
/// <param name="DatasetReader">The dataset warmer: read-only access to the dataset store.</param>
/// <param name="Teams">Each team's workload identity, by team name.</param>
public sealed record WorkloadIdentities(
    Output<string> Scheduler,
    Output<string> ModelReader,
    Output<string> ModelWriter,
    Output<string> DatasetReader,
    ImmutableDictionary<string, Output<string>> Teams);
