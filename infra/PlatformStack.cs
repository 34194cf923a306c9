using System.Collections.Immutable;
using MlPlatform.Infra.Aws;
using MlPlatform.Infra.Azure;
using MlPlatform.Infra.Kubernetes;
using MlPlatform.Infra.Policy;
using MlPlatform.Stacks.Outputs;
using Pulumi;

namespace MlPlatform.Infra;

/// <summary>
/// The ML platform for one environment: the cloud's GPU cluster and pools, storage, registry and budgets, then the
/// Kubernetes layer with the bundled scheduler and inference runtime. Which cloud is chosen by <c>mlplatform:cloud</c>.
/// The outputs are the versioned contract apps read (<see cref="PlatformOutputNames"/>).
/// </summary>
#pragma warning disable CA1711 // Pulumi's convention names the program's root component a Stack.
public sealed class PlatformStack : Stack
#pragma warning restore CA1711
{
    /// <summary>Version of the stack-outputs contract apps read (see stacks/Outputs).</summary>
    public static string OutputsContractVersion => PlatformOutputsContract.Current;

    public PlatformStack()
        : this(PlatformStackHooks.None)
    {
    }

    public PlatformStack(PlatformStackHooks hooks)
        : this(PlatformLoader.Load(), hooks ?? PlatformStackHooks.None)
    {
    }

    private PlatformStack(PlatformContext context, PlatformStackHooks hooks)
        : this(context, new PolicyHook(context), hooks)
    {
    }

    // The policy hook checks every resource as it is declared, before any host's own transformations.
    private PlatformStack(PlatformContext context, PolicyHook policy, PlatformStackHooks hooks)
        : base(new StackOptions { ResourceTransformations = [policy.Transformation, .. hooks.Transformations] })
    {
        Context = context;
        PolicyHook = policy;
        var config = context.Config;
        var cloud = config.Cloud switch
        {
            CostModel.Cloud.Aws => AwsPlatform.Deploy(context),
            CostModel.Cloud.Azure => AzurePlatform.Deploy(context),
            _ => throw new RunException($"mlplatform:cloud '{config.Cloud}' has no platform"),
        };
        var kubernetes = KubernetesPlatform.Deploy(config, cloud);

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
        SchedulerUrl = kubernetes.SchedulerUrl;
        InferenceBaseUrl = kubernetes.InferenceBaseUrl;
        ModelRoutes = kubernetes.ModelRoutes;
        SchedulerDatabaseEndpoint = cloud.SchedulerDatabase?.Endpoint ?? Output.Create(string.Empty);

        // Registered as an output so the engine waits for the evaluation; mandatory violations fail the run. Last:
        // the evaluation checks the outputs assigned so far, never its own.
        Policy = policy.Finish(this);
    }

    /// <summary>The validated config and prices this stack was built from (for hosts such as the plan tool).</summary>
    public PlatformContext Context { get; }

    /// <summary>The policy pack's evaluation of this stack: violations and the cost estimate (for hosts such as the plan tool).</summary>
    public PolicyHook PolicyHook { get; }

    [Output(PlatformOutputNames.Environment)]
    public Output<string> Environment { get; private set; }

    [Output(PlatformOutputNames.Cloud)]
    public Output<string> Cloud { get; private set; }

    [Output(PlatformOutputNames.Region)]
    public Output<string> Region { get; private set; }

    [Output(PlatformOutputNames.ContractVersion)]
    public Output<string> ContractVersion { get; private set; }

    [Output(PlatformOutputNames.ClusterName)]
    public Output<string> ClusterName { get; private set; }

    [Output(PlatformOutputNames.ClusterEndpoint)]
    public Output<string> ClusterEndpoint { get; private set; }

    /// <summary>Secret: a kubeconfig for the cluster.</summary>
    [Output(PlatformOutputNames.Kubeconfig)]
    public Output<string> Kubeconfig { get; private set; }

    /// <summary>The cluster's OIDC issuer (not part of the apps' contract; identity federation set-up uses it).</summary>
    [Output("oidcIssuer")]
    public Output<string> OidcIssuer { get; private set; }

    /// <summary>Repository name → registry URL.</summary>
    [Output(PlatformOutputNames.RegistryUrls)]
    public Output<ImmutableDictionary<string, string>> RegistryUrls { get; private set; }

    [Output(PlatformOutputNames.ModelStoreUri)]
    public Output<string> ModelStoreUri { get; private set; }

    [Output(PlatformOutputNames.DatasetStoreUri)]
    public Output<string> DatasetStoreUri { get; private set; }

    [Output(PlatformOutputNames.BudgetIds)]
    public Output<ImmutableArray<string>> BudgetIds { get; private set; }

    /// <summary>In-cluster URL of the scheduler API.</summary>
    [Output(PlatformOutputNames.SchedulerUrl)]
    public Output<string> SchedulerUrl { get; private set; }

    /// <summary>The canonical inference endpoint, <c>https://&lt;domain&gt;</c>.</summary>
    [Output(PlatformOutputNames.InferenceBaseUrl)]
    public Output<string> InferenceBaseUrl { get; private set; }

    /// <summary>Summary of the policy evaluation (rules evaluated, violations, estimated monthly cost).</summary>
    [Output("policy")]
    public Output<string> Policy { get; private set; }

    /// <summary><c>host:port</c> of the scheduler's managed PostgreSQL; empty with SQLite. The password stays in the scheduler's Secret.</summary>
    [Output(PlatformOutputNames.SchedulerDatabaseEndpoint)]
    public Output<string> SchedulerDatabaseEndpoint { get; private set; }

    /// <summary>Model name → its versioned route base.</summary>
    [Output(PlatformOutputNames.ModelRoutes)]
    public Output<ImmutableDictionary<string, string>> ModelRoutes { get; private set; }
}
