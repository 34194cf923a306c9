using System.Collections.Immutable;
using Pulumi;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.Iam;
using Pulumi.Aws.Sqs;
using Pulumi.Kubernetes.Helm.V3;
using Pulumi.Kubernetes.Types.Inputs.Helm.V3;

namespace MlPlatform.Components.Aws;

/// <summary>
/// Karpenter's controller, installed as Karpenter's getting-started guide does: the SQS interruption queue (SSE, five
/// minute retention, TLS only) fed by four EventBridge rules (spot interruption warnings, rebalance recommendations,
/// instance state changes, AWS Health scheduled changes), the controller's IAM role bound to its service account through
/// EKS Pod Identity, and a Helm release of the official chart on the system node group. The chart brings the NodePool
/// and EC2NodeClass CRDs, so the pools' Karpenter objects depend on <see cref="Release"/>.
/// </summary>
public sealed class KarpenterController : ComponentResource
{
    public const string TypeToken = "mlplatform:aws:KarpenterController";

    /// <summary>Helm release name; also the chart's default resource names.</summary>
    public const string ReleaseName = "karpenter";

    public KarpenterController(string name, KarpenterControllerArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        InvalidSpecException.ThrowIfAny(KarpenterChartValues.Validate(args.Settings));
        var settings = args.Settings;
        var child = new CustomResourceOptions { Parent = this };
        var tags = AwsTags.For(args.Tags, $"{args.ClusterName}-karpenter");

        // Karpenter acts on a message within seconds; older ones describe instances that are already gone.
        var queue = new Queue($"{name}-queue", new QueueArgs
        {
            Name = AwsNaming.Fit($"{args.ClusterName}-karpenter", 80),
            MessageRetentionSeconds = 300,
            SqsManagedSseEnabled = true,
            Tags = tags,
        }, child);
        var queuePolicy = new QueuePolicy($"{name}-queue-policy", new QueuePolicyArgs
        {
            QueueUrl = queue.Url,
            Policy = queue.Arn.Apply(IamPolicies.KarpenterInterruptionQueue),
        }, child);
        var releaseDependsOn = new List<Resource>();
        foreach (var rule in KarpenterInterruptionEvents.Rules)
        {
            var eventRule = new EventRule($"{name}-{rule.Key}", new EventRuleArgs
            {
                Name = AwsNaming.Fit($"{args.ClusterName}-karpenter-{rule.Key}", 64),
                Description = $"Karpenter ({args.ClusterName}): {rule.Description}",
                EventPattern = KarpenterInterruptionEvents.EventPattern(rule),
                Tags = tags,
            }, child);
            releaseDependsOn.Add(new EventTarget($"{name}-{rule.Key}", new EventTargetArgs
            {
                Rule = eventRule.Name,
                Arn = queue.Arn,
                TargetId = KarpenterInterruptionEvents.TargetId,
            }, child));
        }

        var policy = new Policy($"{name}-policy", new PolicyArgs
        {
            Description = $"Karpenter controller of {args.ClusterName}",
            PolicyDocument = Output.Tuple(args.AccountId.ToOutput(), queue.Arn, args.NodeRoleArn.ToOutput()).Apply(t => IamPolicies.KarpenterController(
                new KarpenterPolicyScope(args.ClusterName, args.Region, t.Item1, t.Item2, t.Item3, args.Partition))),
            Tags = tags,
        }, child);
        var identity = new PodIdentityRole($"{name}-identity", new PodIdentityRoleArgs
        {
            ClusterName = args.ClusterNameOutput,
            ServiceAccounts = [new ServiceAccountRef(settings.Namespace, settings.ServiceAccountName)],
            PolicyArns = [policy.Arn],
            Tags = args.Tags,
            Description = "Karpenter controller (EKS Pod Identity)",
        }, new ComponentResourceOptions { Parent = this });
        releaseDependsOn.AddRange([identity, queuePolicy]);

        // Pod Identity injects credentials when a pod is admitted: the association must exist before the first pod,
        // and the queue must be fed before Karpenter reads it.
        var release = new Release($"{name}-release", new ReleaseArgs
        {
            Name = ReleaseName,
            Chart = KarpenterControllerSettings.Chart,
            Version = settings.ChartVersion,
            Namespace = settings.Namespace,
            Values = queue.Name.Apply(queueName => KarpenterChartValues.For(args.ClusterName, queueName, settings)),
        }, new CustomResourceOptions { Parent = this, Provider = args.Provider, DependsOn = releaseDependsOn });

        Release = release;
        InterruptionQueueName = queue.Name;
        InterruptionQueueArn = queue.Arn;
        RoleArn = identity.RoleArn;
        ChartVersion = Output.Create(settings.ChartVersion);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["interruptionQueueName"] = InterruptionQueueName,
            ["interruptionQueueArn"] = InterruptionQueueArn,
            ["roleArn"] = RoleArn,
            ["chartVersion"] = ChartVersion,
        });
    }

    /// <summary>The Helm release; objects of Karpenter's CRDs (NodePools, EC2NodeClasses) must depend on it.</summary>
    public Resource Release { get; }

    [Output("interruptionQueueName")]
    public Output<string> InterruptionQueueName { get; private set; }

    [Output("interruptionQueueArn")]
    public Output<string> InterruptionQueueArn { get; private set; }

    /// <summary>The controller's IAM role.</summary>
    [Output("roleArn")]
    public Output<string> RoleArn { get; private set; }

    [Output("chartVersion")]
    public Output<string> ChartVersion { get; private set; }
}
