using System.Collections.Immutable;

namespace MlPlatform.Stacks.Outputs;

/// <summary>
/// What the platform stack offers the apps built on it (contract <see cref="PlatformOutputsContract.Current"/>). Additions
/// raise the minor version and old readers keep working; renames or removals raise the major version.
/// </summary>
/// <param name="ContractVersion"><c>MAJOR[.MINOR]</c> of the contract the stack wrote.</param>
/// <param name="Environment">Environment name, e.g. <c>dev</c>, <c>prod</c>.</param>
/// <param name="Cloud"><c>aws</c> or <c>azure</c>.</param>
/// <param name="Region">Cloud region.</param>
/// <param name="ClusterName">The Kubernetes cluster.</param>
/// <param name="ClusterEndpoint">API server URL.</param>
/// <param name="Kubeconfig">Secret: a kubeconfig for the cluster.</param>
/// <param name="RegistryUrls">Repository name → registry URL to push images to.</param>
/// <param name="ModelStoreUri">Model registry store (<c>s3://…</c> or <c>https://…blob.core.windows.net/…</c>).</param>
/// <param name="DatasetStoreUri">Where dataset versions live.</param>
/// <param name="SchedulerUrl">In-cluster URL of the GPU job scheduler API.</param>
/// <param name="InferenceBaseUrl"><c>https://&lt;canonical domain&gt;</c>.</param>
/// <param name="ModelRoutes">Model name → its route base (<c>…/v2/models/&lt;name&gt;</c>); append <c>/infer</c> or <c>/versions/&lt;v&gt;/infer</c>.</param>
/// <param name="BudgetIds">Budgets created for the environment and teams.</param>
/// <param name="SchedulerDatabaseEndpoint">Since 1.1: <c>host:port</c> of the scheduler's managed PostgreSQL; empty with SQLite or from a 1.0 stack.</param>
public sealed record PlatformOutputs(
    string ContractVersion,
    string Environment,
    string Cloud,
    string Region,
    string ClusterName,
    string ClusterEndpoint,
    string Kubeconfig,
    ImmutableDictionary<string, string> RegistryUrls,
    string ModelStoreUri,
    string DatasetStoreUri,
    string SchedulerUrl,
    string InferenceBaseUrl,
    ImmutableDictionary<string, string> ModelRoutes,
    ImmutableArray<string> BudgetIds,
    string SchedulerDatabaseEndpoint = "")
{
    /// <summary>The inference URL of <paramref name="model"/> (weighted across versions), e.g. for an HTTP client's base address.</summary>
    public Uri InferUrl(string model) =>
        ModelRoutes.TryGetValue(model, out var route)
            ? new Uri($"{route}/infer")
            : throw new KeyNotFoundException($"the platform serves no model '{model}' (known: {string.Join(", ", ModelRoutes.Keys.Order(StringComparer.Ordinal))})");

    /// <summary>Keeps the kubeconfig out of logs.</summary>
    public override string ToString() =>
        $"PlatformOutputs {{ ContractVersion = {ContractVersion}, Environment = {Environment}, Cloud = {Cloud}, ClusterName = {ClusterName}, InferenceBaseUrl = {InferenceBaseUrl}, Kubeconfig = [secret] }}";
}
