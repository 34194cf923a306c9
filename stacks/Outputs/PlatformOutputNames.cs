namespace MlPlatform.Stacks.Outputs;

/// <summary>The stack output names of contract version 1 (what <c>pulumi stack output</c> lists).</summary>
public static class PlatformOutputNames
{
    public const string ContractVersion = "outputsContractVersion";
    public const string Environment = "environment";
    public const string Cloud = "cloud";
    public const string Region = "region";
    public const string ClusterName = "clusterName";
    public const string ClusterEndpoint = "clusterEndpoint";

    /// <summary>Secret.</summary>
    public const string Kubeconfig = "kubeconfig";
    public const string RegistryUrls = "registryUrls";
    public const string ModelStoreUri = "modelStoreUri";
    public const string DatasetStoreUri = "datasetStoreUri";
    public const string SchedulerUrl = "schedulerUrl";
    public const string InferenceBaseUrl = "inferenceBaseUrl";
    public const string ModelRoutes = "modelRoutes";
    public const string BudgetIds = "budgetIds";

    /// <summary>Since 1.1: <c>host:port</c> of the scheduler's managed PostgreSQL; empty with SQLite (never the password).</summary>
    public const string SchedulerDatabaseEndpoint = "schedulerDatabaseEndpoint";

    /// <summary>The outputs the platform marks secret.</summary>
    public static IReadOnlyList<string> Secrets { get; } = [Kubeconfig];
}
