namespace MlPlatform.Components;

/// <summary>
/// The service accounts that cloud identities are bound to, named once so the cloud layer (federated credentials, pod
/// identity associations) and the Kubernetes layer (the ServiceAccount objects) agree.
/// </summary>
public static class PlatformServiceAccounts
{
    /// <summary>Namespace of the platform's own services (scheduler, shared inference).</summary>
    public const string PlatformNamespace = "mlplatform-system";

    /// <summary>
    /// Namespace of node agents that need the node itself (the dataset warmer keeps its cache on the node's disk through
    /// a hostPath volume, which the platform namespace's restricted Pod Security level refuses). Nothing else runs there.
    /// </summary>
    public const string NodeAgentsNamespace = "mlplatform-node";

    /// <summary>The GPU job scheduler.</summary>
    public static ServiceAccountRef Scheduler { get; } = new(PlatformNamespace, "scheduler");

    /// <summary>The dataset warmer DaemonSet: reads dataset versions.</summary>
    public static ServiceAccountRef DatasetWarmer { get; } = new(NodeAgentsNamespace, "dataset-warmer");

    /// <summary>Name of the serving (inference) service account in the platform namespace and in each team namespace: reads models.</summary>
    public const string InferenceName = "inference";

    /// <summary>Name of the training service account in each team namespace: writes models.</summary>
    public const string TrainerName = "trainer";

    /// <summary>Name of each team's general workload service account in its namespace (the team's own identity).</summary>
    public const string TeamWorkloadName = "workload";

    /// <summary>A team's namespace: the team name.</summary>
    public static string TeamNamespace(string team) => team;
}
