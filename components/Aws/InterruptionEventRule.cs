namespace MlPlatform.Components.Aws;

/// <summary>An EventBridge rule that forwards one kind of interruption event to Karpenter's queue.</summary>
/// <param name="Key">Short name, used in the rule's resource and physical names (e.g. <c>spot-interruption</c>).</param>
/// <param name="Source">The event source, <c>aws.ec2</c> or <c>aws.health</c>.</param>
/// <param name="DetailType">The event's <c>detail-type</c>.</param>
/// <param name="Description">What the event tells Karpenter.</param>
public sealed record InterruptionEventRule(string Key, string Source, string DetailType, string Description);
