namespace MlPlatform.Components.Aws;

/// <summary>What the Karpenter controller policy is scoped to (see <see cref="IamPolicies.KarpenterController"/>).</summary>
/// <param name="ClusterName">The EKS cluster: launched resources must carry its ownership and name tags.</param>
/// <param name="Region">The region Karpenter launches in and reads from.</param>
/// <param name="AccountId">The account of the cluster and of the instance profiles Karpenter manages.</param>
/// <param name="InterruptionQueueArn">The SQS queue Karpenter reads interruption events from.</param>
/// <param name="NodeRoleArn">The only role Karpenter may pass to instances (through the instance profiles it creates).</param>
/// <param name="Partition">The AWS partition, <c>aws</c> outside China and GovCloud.</param>
public sealed record KarpenterPolicyScope(
    string ClusterName,
    string Region,
    string AccountId,
    string InterruptionQueueArn,
    string NodeRoleArn,
    string Partition = "aws");
