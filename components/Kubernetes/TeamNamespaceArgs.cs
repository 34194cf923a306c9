using MlPlatform.CostModel;
using Pulumi;

namespace MlPlatform.Components.Kubernetes;

/// <summary>Inputs of <see cref="TeamNamespace"/>.</summary>
public sealed class TeamNamespaceArgs
{
    /// <summary>Team name; also the namespace name.</summary>
    public required string Team { get; init; }

    /// <summary>Quota of the namespace, from the team's config.</summary>
    public required TeamQuotaSpec Quota { get; init; }

    public required Cloud Cloud { get; init; }

    /// <summary>Cost-centre label value used by the cost reports.</summary>
    public string CostCenter { get; init; } = "unassigned";

    public string Environment { get; init; } = "dev";

    /// <summary>Platform version for the <c>app.kubernetes.io/version</c> label.</summary>
    public string PlatformVersion { get; init; } = "1";

    /// <summary>The team's own cloud identity (IAM role ARN / managed identity client id) for its workload service account.</summary>
    public Input<string>? WorkloadIdentity { get; init; }

    /// <summary>Read-only model store identity for the team's inference service account.</summary>
    public Input<string>? ModelReaderIdentity { get; init; }

    /// <summary>Read-write model store identity for the team's trainer service account.</summary>
    public Input<string>? ModelWriterIdentity { get; init; }

    public string GatewayNamespace { get; init; } = ModelIngressArgs.DefaultNamespace;

    public string SchedulerNamespace { get; init; } = PlatformServiceAccounts.PlatformNamespace;

    public int InferencePort { get; init; } = InferenceServiceArgs.DefaultPort;

    public int SchedulerPort { get; init; } = SchedulerDeploymentArgs.DefaultPort;
}
