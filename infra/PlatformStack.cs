using System.Collections.Immutable;
using MlPlatform.Infra.Aws;
using MlPlatform.Infra.Azure;
using Pulumi;

namespace MlPlatform.Infra;

/// <summary>
/// The ML platform for one environment: the cloud's GPU cluster and pools, storage, registry and budgets, then the
/// Kubernetes layer with the bundled scheduler and inference runtime. Which cloud is chosen by <c>mlplatform:cloud</c>.
/// </summary>
#pragma warning disable CA1711 // Pulumi's convention names the program's root component a Stack.
public sealed class PlatformStack : Stack
#pragma warning restore CA1711
{
    /// <summary>Version of the stack-outputs contract apps read (see stacks/Outputs).</summary>
    public const string OutputsContractVersion = "1";

    public PlatformStack()
        : this(PlatformStackHooks.None)
    {
    }

    public PlatformStack(PlatformStackHooks hooks)
        : this(PlatformLoader.Load(), hooks ?? PlatformStackHooks.None)
    {
    }

    private PlatformStack(PlatformContext context, PlatformStackHooks hooks)
        : base(new StackOptions { ResourceTransformations = [.. hooks.Transformations] })
    {
        Context = context;
        var config = context.Config;
        var cloud = config.Cloud switch
        {
            CostModel.Cloud.Aws => AwsPlatform.Deploy(context),
            CostModel.Cloud.Azure => AzurePlatform.Deploy(context),
            _ => throw new RunException($"mlplatform:cloud '{config.Cloud}' has no platform"),
        };

        Environment = Output.Create(config.Environment);
        Cloud = Output.Create(config.Cloud.ToString().ToLowerInvariant());
        Region = Output.Create(config.Region);
        ContractVersion = Output.Create(OutputsContractVersion);
        ClusterName = cloud.ClusterName;
        ClusterEndpoint = cloud.ClusterEndpoint;
        Kubeconfig = Output.CreateSecret(cloud.Kubeconfig);
        OidcIssuer = cloud.OidcIssuer;
        RegistryUrls = cloud.RegistryUrls;
        ModelStoreUri = cloud.ModelStoreUri;
        DatasetStoreUri = cloud.DatasetStoreUri;
        BudgetIds = cloud.BudgetIds;
    }

    /// <summary>The validated config and prices this stack was built from (for hosts such as the plan tool).</summary>
    public PlatformContext Context { get; }

    [Output("environment")]
    public Output<string> Environment { get; private set; }

    [Output("cloud")]
    public Output<string> Cloud { get; private set; }

    [Output("region")]
    public Output<string> Region { get; private set; }

    [Output("outputsContractVersion")]
    public Output<string> ContractVersion { get; private set; }

    [Output("clusterName")]
    public Output<string> ClusterName { get; private set; }

    [Output("clusterEndpoint")]
    public Output<string> ClusterEndpoint { get; private set; }

    /// <summary>Secret: a kubeconfig for the cluster.</summary>
    [Output("kubeconfig")]
    public Output<string> Kubeconfig { get; private set; }

    [Output("oidcIssuer")]
    public Output<string> OidcIssuer { get; private set; }

    /// <summary>Repository name → registry URL.</summary>
    [Output("registryUrls")]
    public Output<ImmutableDictionary<string, string>> RegistryUrls { get; private set; }

    [Output("modelStoreUri")]
    public Output<string> ModelStoreUri { get; private set; }

    [Output("datasetStoreUri")]
    public Output<string> DatasetStoreUri { get; private set; }

    [Output("budgetIds")]
    public Output<ImmutableArray<string>> BudgetIds { get; private set; }
}
