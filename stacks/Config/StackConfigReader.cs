using System.Collections.Immutable;
using MlPlatform.CostModel;

namespace MlPlatform.Stacks.Config;

/// <summary>
/// The config namespace and its keys, and a short way to bind a stack's <c>mlplatform:</c> values and check the rules
/// every cloud shares. The program and <c>./build.sh plan</c> must use the full pipeline with the cloud rules
/// (<c>MlPlatform.Infra.PlatformConfigPipeline</c>); this reader serves what needs no cloud component logic (the policy
/// CLI, config tests). Every problem is reported at once with its full key path
/// (<c>mlplatform:gpuPools[1].maxNodes must be &gt;= minNodes (got 2 &lt; 4)</c>).
/// </summary>
public static class StackConfigReader
{
    /// <summary>The config namespace of the platform.</summary>
    public const string Namespace = "mlplatform";

    /// <summary>Every top-level key the platform reads, without the namespace.</summary>
    public static readonly ImmutableArray<string> Keys =
    [
        "environment", "cloud", "region", "cluster", "gpuPools", "datasetCache", "registry", "modelStore", "network",
        "karpenter", "ingress", "addons", "budget", "teams", "services", "models", "policy", "tags", "observability",
    ];

    /// <summary>
    /// Binds <paramref name="values"/> (top-level key without namespace → the raw config value: plain text for scalars,
    /// JSON for objects and lists, as Pulumi passes structured config) and checks the cloud-neutral rules
    /// (<see cref="StackConfigValidator.CloudNeutral"/>). Keys outside <see cref="Keys"/> are errors.
    /// </summary>
    /// <exception cref="StackConfigException">Any problem; the exception lists all of them.</exception>
    public static PlatformConfig Read(IReadOnlyDictionary<string, string> values, string stackName, PriceCatalog prices) =>
        StackConfigValidator.CloudNeutral.Read(values, stackName, prices);
}
