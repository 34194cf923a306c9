using System.Collections.Immutable;
using MlPlatform.Components;
using MlPlatform.CostModel;

namespace MlPlatform.Stacks.Config;

/// <summary>
/// Everything that differs between environments, read from the <c>mlplatform:</c> keys of <c>Pulumi.&lt;stack&gt;.yaml</c>
/// and validated as a whole before any resource is declared (see <see cref="StackConfigReader"/>).
/// </summary>
public sealed record PlatformConfig(
    string Environment,
    Cloud Cloud,
    string Region,
    ClusterSpec Cluster,
    ImmutableArray<GpuPoolSpec> GpuPools,
    DatasetCacheSpec DatasetCache,
    RegistrySpec Registry,
    ModelStoreSpec ModelStore,
    NetworkSpec Network,
    KarpenterSpec Karpenter,
    IngressSpec Ingress,
    AddonsSpec Addons,
    BudgetSpec Budget,
    ImmutableArray<TeamSpec> Teams,
    ServicesSpec Services,
    ImmutableArray<ModelDeploymentSpec> Models,
    PolicySettings Policy,
    CommonTags Tags)
{
    /// <summary><c>mlplatform:observability</c> (defaults when the section is absent).</summary>
    public ObservabilitySpec Observability { get; init; } = ObservabilitySpec.Default;

    /// <summary>Whether this is a production environment (private endpoints, on-demand floors, stricter policies).</summary>
    public bool IsProduction => IsProductionEnvironment(Environment);

    /// <summary>Whether an environment of this name is production: its name starts with <c>prod</c>.</summary>
    public static bool IsProductionEnvironment(string environment) =>
        environment is not null && environment.StartsWith("prod", StringComparison.OrdinalIgnoreCase);

    /// <summary>A short prefix for resource names: <c>mlp-&lt;environment&gt;</c>.</summary>
    public string NamePrefix => $"mlp-{Environment}";
}
