using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace MlPlatform.Components.Aws;

/// <summary>
/// The events Karpenter handles from its interruption queue, as its getting-started CloudFormation routes them: with
/// them it drains a spot node in the two minutes before EC2 reclaims it, replaces nodes EC2 recommends rebalancing or
/// AWS Health schedules for maintenance, and notices instances that stopped or terminated outside Kubernetes.
/// </summary>
public static class KarpenterInterruptionEvents
{
    /// <summary>The target ID every rule uses for the queue.</summary>
    public const string TargetId = "KarpenterInterruptionQueueTarget";

    /// <summary>The four rules, in a stable order.</summary>
    public static ImmutableArray<InterruptionEventRule> Rules { get; } =
    [
        new("spot-interruption", "aws.ec2", "EC2 Spot Instance Interruption Warning", "Spot instance reclaimed in two minutes"),
        new("rebalance", "aws.ec2", "EC2 Instance Rebalance Recommendation", "Spot instance at elevated risk of interruption"),
        new("instance-state-change", "aws.ec2", "EC2 Instance State-change Notification", "Instance stopping, stopped, shutting down or terminated"),
        new("scheduled-change", "aws.health", "AWS Health Event", "Scheduled maintenance of an instance (AWS Health)"),
    ];

    /// <summary>The rule's event pattern: <c>{"source":[…],"detail-type":[…]}</c>.</summary>
    public static string EventPattern(InterruptionEventRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new JsonObject
        {
            ["source"] = new JsonArray(JsonValue.Create(rule.Source)),
            ["detail-type"] = new JsonArray(JsonValue.Create(rule.DetailType)),
        }.ToJsonString();
    }
}
