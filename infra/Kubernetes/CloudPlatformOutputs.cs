using System.Collections.Immutable;
using MlPlatform.Components.Kubernetes;
using Pulumi;

namespace MlPlatform.Infra.Kubernetes;

/// <summary>What a cloud's platform (AWS or Azure) gives the rest of the program and the stack outputs.</summary>
/// <param name="Kubeconfig">Secret: a kubeconfig for the cluster (a stack output).</param>
/// <param name="KubernetesProvider">The cluster's one Kubernetes provider (<see cref="ClusterProvider"/>): every in-cluster object uses it.</param>
/// <param name="RegistryUrls">Repository name → registry URL (ECR repository URL / ACR login server + repository).</param>
/// <param name="ModelStoreUri"><c>s3://bucket</c> or <c>https://account.blob.core.windows.net/models</c>.</param>
/// <param name="DatasetStoreUri">Where dataset versions live, same forms.</param>
/// <param name="BudgetIds">Identifiers of the budgets created (environment and teams).</param>
/// <param name="SchedulerDatabase">The scheduler's managed PostgreSQL (<c>stateStore: postgres</c>); null with SQLite.</param>
/// <param name="DatasetWarmerNodePreparation">
/// How this cloud prepares a node's cache for the dataset warmer, as an adjustment of its DaemonSet spec (Azure: an init
/// container that stripes the NVMe drives); null where nodes come up with the cache mounted (AWS user data).
/// </param>
public sealed record CloudPlatformOutputs(
    Output<string> ClusterName,
    Output<string> ClusterEndpoint,
    Output<string> Kubeconfig,
    ProviderResource KubernetesProvider,
    Output<string> OidcIssuer,
    Output<ImmutableDictionary<string, string>> RegistryUrls,
    Output<string> ModelStoreUri,
    Output<string> DatasetStoreUri,
    Output<ImmutableArray<string>> BudgetIds,
    WorkloadIdentities Identities,
    ManagedDatabaseOutputs? SchedulerDatabase = null,
    Func<ImmutableDictionary<string, object>, ImmutableDictionary<string, object>>? DatasetWarmerNodePreparation = null);
