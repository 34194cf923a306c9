using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlPlatform.Components.Aws;

/// <summary>
/// The IAM and resource policy documents of the platform, as JSON strings built from plain values so they are tested
/// without Pulumi. Each grants the least a role needs: serving reads models, training writes them, nodes pull images.
/// </summary>
public static class IamPolicies
{
    public const string Version = "2012-10-17";

    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    /// <summary>Trust policy letting an AWS service (e.g. <c>eks.amazonaws.com</c>, <c>ec2.amazonaws.com</c>) assume the role.</summary>
    public static string ServiceAssumeRole(params string[] services) => Document(new JsonObject
    {
        ["Effect"] = "Allow",
        ["Principal"] = new JsonObject { ["Service"] = Strings(services) },
        ["Action"] = "sts:AssumeRole",
    });

    /// <summary>Trust policy of a role that Kubernetes service accounts assume through EKS Pod Identity.</summary>
    public static string PodIdentityAssumeRole() => Document(new JsonObject
    {
        ["Effect"] = "Allow",
        ["Principal"] = new JsonObject { ["Service"] = "pods.eks.amazonaws.com" },
        ["Action"] = Strings(["sts:AssumeRole", "sts:TagSession"]),
    });

    /// <summary>Bucket policy that denies every request not made over TLS (<c>aws:SecureTransport</c> false).</summary>
    public static string TlsOnlyBucketPolicy(string bucketArn) => Document(new JsonObject
    {
        ["Sid"] = "DenyInsecureTransport",
        ["Effect"] = "Deny",
        ["Principal"] = "*",
        ["Action"] = "s3:*",
        ["Resource"] = Strings([bucketArn, $"{bucketArn}/*"]),
        ["Condition"] = new JsonObject { ["Bool"] = new JsonObject { ["aws:SecureTransport"] = "false" } },
    });

    /// <summary>
    /// Read access to the objects under <paramref name="prefixes"/> of a bucket (listing limited to those prefixes),
    /// plus decrypt with the bucket's KMS key when it has one.
    /// </summary>
    public static string BucketRead(string bucketArn, IReadOnlyList<string> prefixes, string? kmsKeyArn) =>
        BucketAccess(bucketArn, prefixes, kmsKeyArn, write: false);

    /// <summary>Read and write access (put, delete, multipart) to the objects under <paramref name="prefixes"/>.</summary>
    public static string BucketReadWrite(string bucketArn, IReadOnlyList<string> prefixes, string? kmsKeyArn) =>
        BucketAccess(bucketArn, prefixes, kmsKeyArn, write: true);

    /// <summary>ECR repository policy: only the listed principals (node roles) may pull.</summary>
    public static string EcrPull(IReadOnlyList<string> principalArns) => Document(new JsonObject
    {
        ["Sid"] = "NodeRolesPull",
        ["Effect"] = "Allow",
        ["Principal"] = new JsonObject { ["AWS"] = Strings(principalArns) },
        ["Action"] = Strings(["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]),
    });

    /// <summary>
    /// Key policy of a KMS key that AWS services publish with (SNS topics that AWS Budgets notify): the account
    /// administers the key; the listed services may generate data keys and decrypt, for this account only.
    /// </summary>
    public static string KmsKeyForServices(string accountId, IReadOnlyList<string> services) => Document(
        new JsonObject
        {
            ["Sid"] = "AccountAdministers",
            ["Effect"] = "Allow",
            ["Principal"] = new JsonObject { ["AWS"] = $"arn:aws:iam::{accountId}:root" },
            ["Action"] = "kms:*",
            ["Resource"] = "*",
        },
        new JsonObject
        {
            ["Sid"] = "ServicesEncrypt",
            ["Effect"] = "Allow",
            ["Principal"] = new JsonObject { ["Service"] = Strings(services) },
            ["Action"] = Strings(["kms:Decrypt", "kms:GenerateDataKey*"]),
            ["Resource"] = "*",
            ["Condition"] = new JsonObject { ["StringEquals"] = new JsonObject { ["aws:SourceAccount"] = accountId } },
        });

    /// <summary>SNS topic policy letting AWS Budgets of this account publish to the topic.</summary>
    public static string BudgetsPublish(string topicArn, string accountId) => Document(new JsonObject
    {
        ["Sid"] = "AwsBudgetsPublish",
        ["Effect"] = "Allow",
        ["Principal"] = new JsonObject { ["Service"] = "budgets.amazonaws.com" },
        ["Action"] = "SNS:Publish",
        ["Resource"] = topicArn,
        ["Condition"] = new JsonObject { ["StringEquals"] = new JsonObject { ["aws:SourceAccount"] = accountId } },
    });

    /// <summary>
    /// cluster-autoscaler: describe node groups and instance types anywhere (scale-from-zero templates come from
    /// <c>eks:DescribeNodegroup</c>), but change only the Auto Scaling groups EKS tagged as owned by this cluster.
    /// </summary>
    public static string ClusterAutoscaler(string clusterName) => Document(
        new JsonObject
        {
            ["Sid"] = "ScaleOwnedGroups",
            ["Effect"] = "Allow",
            ["Action"] = Strings(["autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup"]),
            ["Resource"] = "*",
            ["Condition"] = new JsonObject { ["StringEquals"] = new JsonObject { [$"aws:ResourceTag/k8s.io/cluster-autoscaler/{clusterName}"] = "owned" } },
        },
        new JsonObject
        {
            ["Sid"] = "Describe",
            ["Effect"] = "Allow",
            ["Action"] = Strings(
            [
                "autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeAutoScalingInstances", "autoscaling:DescribeLaunchConfigurations",
                "autoscaling:DescribeScalingActivities", "autoscaling:DescribeTags", "ec2:DescribeImages", "ec2:DescribeInstanceTypes",
                "ec2:DescribeLaunchTemplateVersions", "ec2:GetInstanceTypesFromInstanceRequirements", "eks:DescribeNodegroup",
            ]),
            ["Resource"] = "*",
        });

    /// <summary>
    /// Queue policy of Karpenter's interruption queue: EventBridge (and SQS itself) may send to it; anything not over TLS
    /// is denied. As Karpenter's CloudFormation reference has it.
    /// </summary>
    public static string KarpenterInterruptionQueue(string queueArn) => Document(
        new JsonObject
        {
            ["Sid"] = "EventBridgeSendsInterruptions",
            ["Effect"] = "Allow",
            ["Principal"] = new JsonObject { ["Service"] = Strings(["events.amazonaws.com", "sqs.amazonaws.com"]) },
            ["Action"] = "sqs:SendMessage",
            ["Resource"] = queueArn,
        },
        new JsonObject
        {
            ["Sid"] = "DenyHTTP",
            ["Effect"] = "Deny",
            ["Principal"] = "*",
            ["Action"] = "sqs:*",
            ["Resource"] = queueArn,
            ["Condition"] = new JsonObject { ["Bool"] = new JsonObject { ["aws:SecureTransport"] = "false" } },
        });

    /// <summary>
    /// The Karpenter v1 controller policy (Karpenter's CloudFormation reference, v1.8): it launches instances, fleets and
    /// launch templates only when they are tagged for this cluster and a NodePool, and terminates or deletes only what
    /// carries those tags, so nodes it did not launch (the system node group) are out of its reach; it passes only the
    /// node role, manages only instance profiles tagged for this cluster, reads the AMI parameters, prices and its queue.
    /// </summary>
    public static string KarpenterController(KarpenterPolicyScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (partition, region, account, cluster) = (scope.Partition, scope.Region, scope.AccountId, scope.ClusterName);
        var ec2 = $"arn:{partition}:ec2:{region}";
        var instanceProfiles = $"arn:{partition}:iam::{account}:instance-profile/*";
        var clusterOwned = $"kubernetes.io/cluster/{cluster}";
        JsonObject Conditions(params (string Operator, JsonObject Values)[] conditions) =>
            new(conditions.Select(c => KeyValuePair.Create(c.Operator, (JsonNode?)c.Values)));
        JsonObject Values(params (string Key, JsonNode Value)[] values) =>
            new(values.Select(v => KeyValuePair.Create(v.Key, (JsonNode?)v.Value)));
        JsonNode Text(string value) => JsonValue.Create(value)!;
        string[] taggedOnCreate = [$"{ec2}:*:fleet/*", $"{ec2}:*:instance/*", $"{ec2}:*:volume/*", $"{ec2}:*:network-interface/*", $"{ec2}:*:launch-template/*", $"{ec2}:*:spot-instances-request/*"];
        return Document(
            new JsonObject
            {
                ["Sid"] = "AllowScopedEC2InstanceAccessActions",
                ["Effect"] = "Allow",
                ["Resource"] = Strings([$"{ec2}::image/*", $"{ec2}::snapshot/*", $"{ec2}:*:security-group/*", $"{ec2}:*:subnet/*", $"{ec2}:*:capacity-reservation/*"]),
                ["Action"] = Strings(["ec2:RunInstances", "ec2:CreateFleet"]),
            },
            new JsonObject
            {
                ["Sid"] = "AllowScopedEC2LaunchTemplateAccessActions",
                ["Effect"] = "Allow",
                ["Resource"] = $"{ec2}:*:launch-template/*",
                ["Action"] = Strings(["ec2:RunInstances", "ec2:CreateFleet"]),
                ["Condition"] = Conditions(
                    ("StringEquals", Values(($"aws:ResourceTag/{clusterOwned}", Text("owned")))),
                    ("StringLike", Values(("aws:ResourceTag/karpenter.sh/nodepool", Text("*"))))),
            },
            new JsonObject
            {
                ["Sid"] = "AllowScopedEC2InstanceActionsWithTags",
                ["Effect"] = "Allow",
                ["Resource"] = Strings([.. taggedOnCreate, $"{ec2}:*:capacity-reservation/*"]),
                ["Action"] = Strings(["ec2:RunInstances", "ec2:CreateFleet", "ec2:CreateLaunchTemplate"]),
                ["Condition"] = Conditions(
                    ("StringEquals", Values(($"aws:RequestTag/{clusterOwned}", Text("owned")), ("aws:RequestTag/eks:eks-cluster-name", Text(cluster)))),
                    ("StringLike", Values(("aws:RequestTag/karpenter.sh/nodepool", Text("*"))))),
            },
            new JsonObject
            {
                ["Sid"] = "AllowScopedResourceCreationTagging",
                ["Effect"] = "Allow",
                ["Resource"] = Strings(taggedOnCreate),
                ["Action"] = "ec2:CreateTags",
                ["Condition"] = Conditions(
                    ("StringEquals", Values(
                        ($"aws:RequestTag/{clusterOwned}", Text("owned")),
                        ("aws:RequestTag/eks:eks-cluster-name", Text(cluster)),
                        ("ec2:CreateAction", Strings(["RunInstances", "CreateFleet", "CreateLaunchTemplate"])))),
                    ("StringLike", Values(("aws:RequestTag/karpenter.sh/nodepool", Text("*"))))),
            },
            new JsonObject
            {
                ["Sid"] = "AllowScopedResourceTagging",
                ["Effect"] = "Allow",
                ["Resource"] = $"{ec2}:*:instance/*",
                ["Action"] = "ec2:CreateTags",
                ["Condition"] = Conditions(
                    ("StringEquals", Values(($"aws:ResourceTag/{clusterOwned}", Text("owned")))),
                    ("StringLike", Values(("aws:ResourceTag/karpenter.sh/nodepool", Text("*")))),
                    ("StringEqualsIfExists", Values(("aws:RequestTag/eks:eks-cluster-name", Text(cluster)))),
                    ("ForAllValues:StringEquals", Values(("aws:TagKeys", Strings(["eks:eks-cluster-name", "karpenter.sh/nodeclaim", "Name"]))))),
            },
            new JsonObject
            {
                ["Sid"] = "AllowScopedDeletion",
                ["Effect"] = "Allow",
                ["Resource"] = Strings([$"{ec2}:*:instance/*", $"{ec2}:*:launch-template/*"]),
                ["Action"] = Strings(["ec2:TerminateInstances", "ec2:DeleteLaunchTemplate"]),
                ["Condition"] = Conditions(
                    ("StringEquals", Values(($"aws:ResourceTag/{clusterOwned}", Text("owned")))),
                    ("StringLike", Values(("aws:ResourceTag/karpenter.sh/nodepool", Text("*"))))),
            },
            new JsonObject
            {
                ["Sid"] = "AllowRegionalReadActions",
                ["Effect"] = "Allow",
                ["Resource"] = "*",
                ["Action"] = Strings(
                [
                    "ec2:DescribeCapacityReservations", "ec2:DescribeImages", "ec2:DescribeInstances", "ec2:DescribeInstanceTypeOfferings",
                    "ec2:DescribeInstanceTypes", "ec2:DescribeLaunchTemplates", "ec2:DescribeSecurityGroups", "ec2:DescribeSpotPriceHistory",
                    "ec2:DescribeSubnets",
                ]),
                ["Condition"] = Conditions(("StringEquals", Values(("aws:RequestedRegion", Text(region))))),
            },
            new JsonObject
            {
                ["Sid"] = "AllowSSMReadActions",
                ["Effect"] = "Allow",
                ["Resource"] = $"arn:{partition}:ssm:{region}::parameter/aws/service/*",
                ["Action"] = "ssm:GetParameter",
            },
            new JsonObject
            {
                ["Sid"] = "AllowPricingReadActions",
                ["Effect"] = "Allow",
                ["Resource"] = "*",
                ["Action"] = "pricing:GetProducts",
            },
            new JsonObject
            {
                ["Sid"] = "AllowInterruptionQueueActions",
                ["Effect"] = "Allow",
                ["Resource"] = scope.InterruptionQueueArn,
                ["Action"] = Strings(["sqs:DeleteMessage", "sqs:GetQueueUrl", "sqs:ReceiveMessage"]),
            },
            new JsonObject
            {
                ["Sid"] = "AllowPassingInstanceRole",
                ["Effect"] = "Allow",
                ["Resource"] = scope.NodeRoleArn,
                ["Action"] = "iam:PassRole",
                ["Condition"] = Conditions(("StringEquals", Values(("iam:PassedToService", Strings(["ec2.amazonaws.com", "ec2.amazonaws.com.cn"]))))),
            },
            new JsonObject
            {
                ["Sid"] = "AllowScopedInstanceProfileCreationActions",
                ["Effect"] = "Allow",
                ["Resource"] = instanceProfiles,
                ["Action"] = "iam:CreateInstanceProfile",
                ["Condition"] = Conditions(
                    ("StringEquals", Values(
                        ($"aws:RequestTag/{clusterOwned}", Text("owned")),
                        ("aws:RequestTag/eks:eks-cluster-name", Text(cluster)),
                        ("aws:RequestTag/topology.kubernetes.io/region", Text(region)))),
                    ("StringLike", Values(("aws:RequestTag/karpenter.k8s.aws/ec2nodeclass", Text("*"))))),
            },
            new JsonObject
            {
                ["Sid"] = "AllowScopedInstanceProfileTagActions",
                ["Effect"] = "Allow",
                ["Resource"] = instanceProfiles,
                ["Action"] = "iam:TagInstanceProfile",
                ["Condition"] = Conditions(
                    ("StringEquals", Values(
                        ($"aws:ResourceTag/{clusterOwned}", Text("owned")),
                        ("aws:ResourceTag/topology.kubernetes.io/region", Text(region)),
                        ($"aws:RequestTag/{clusterOwned}", Text("owned")),
                        ("aws:RequestTag/eks:eks-cluster-name", Text(cluster)),
                        ("aws:RequestTag/topology.kubernetes.io/region", Text(region)))),
                    ("StringLike", Values(
                        ("aws:ResourceTag/karpenter.k8s.aws/ec2nodeclass", Text("*")),
                        ("aws:RequestTag/karpenter.k8s.aws/ec2nodeclass", Text("*"))))),
            },
            new JsonObject
            {
                ["Sid"] = "AllowScopedInstanceProfileActions",
                ["Effect"] = "Allow",
                ["Resource"] = instanceProfiles,
                ["Action"] = Strings(["iam:AddRoleToInstanceProfile", "iam:RemoveRoleFromInstanceProfile", "iam:DeleteInstanceProfile"]),
                ["Condition"] = Conditions(
                    ("StringEquals", Values(($"aws:ResourceTag/{clusterOwned}", Text("owned")), ("aws:ResourceTag/topology.kubernetes.io/region", Text(region)))),
                    ("StringLike", Values(("aws:ResourceTag/karpenter.k8s.aws/ec2nodeclass", Text("*"))))),
            },
            new JsonObject
            {
                ["Sid"] = "AllowInstanceProfileReadActions",
                ["Effect"] = "Allow",
                ["Resource"] = instanceProfiles,
                ["Action"] = "iam:GetInstanceProfile",
            },
            new JsonObject
            {
                ["Sid"] = "AllowUnscopedInstanceProfileListAction",
                ["Effect"] = "Allow",
                ["Resource"] = "*",
                ["Action"] = "iam:ListInstanceProfiles",
            },
            new JsonObject
            {
                ["Sid"] = "AllowAPIServerEndpointDiscovery",
                ["Effect"] = "Allow",
                ["Resource"] = $"arn:{partition}:eks:{region}:{account}:cluster/{cluster}",
                ["Action"] = "eks:DescribeCluster",
            });
    }

    /// <summary>The account ID field of an ARN (<c>arn:partition:service:region:account:resource</c>).</summary>
    public static string AccountOf(string arn)
    {
        var parts = (arn ?? string.Empty).Split(':');
        return parts.Length >= 6 && parts[0] == "arn" && parts[4].Length > 0
            ? parts[4]
            : throw new ArgumentException($"'{arn}' is not an ARN with an account ID", nameof(arn));
    }

    private static string BucketAccess(string bucketArn, IReadOnlyList<string> prefixes, string? kmsKeyArn, bool write)
    {
        var objectActions = write
            ? new[] { "s3:GetObject", "s3:GetObjectVersion", "s3:GetObjectTagging", "s3:PutObject", "s3:PutObjectTagging", "s3:DeleteObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts" }
            : ["s3:GetObject", "s3:GetObjectVersion", "s3:GetObjectTagging"];
        var statements = new List<JsonObject>
        {
            new()
            {
                ["Sid"] = "ListPrefixes",
                ["Effect"] = "Allow",
                ["Action"] = Strings(["s3:ListBucket", "s3:GetBucketLocation"]),
                ["Resource"] = bucketArn,
                ["Condition"] = new JsonObject { ["StringLike"] = new JsonObject { ["s3:prefix"] = Strings([.. prefixes.Select(p => $"{p}*")]) } },
            },
            new()
            {
                ["Sid"] = write ? "ReadWriteObjects" : "ReadObjects",
                ["Effect"] = "Allow",
                ["Action"] = Strings(objectActions),
                ["Resource"] = Strings([.. prefixes.Select(p => $"{bucketArn}/{p}*")]),
            },
        };
        if (kmsKeyArn is not null)
        {
            statements.Add(new JsonObject
            {
                ["Sid"] = "UseBucketKey",
                ["Effect"] = "Allow",
                ["Action"] = Strings(write ? ["kms:Decrypt", "kms:GenerateDataKey"] : ["kms:Decrypt"]),
                ["Resource"] = kmsKeyArn,
            });
        }

        return Document([.. statements]);
    }

    private static string Document(params JsonObject[] statements) =>
        new JsonObject
        {
            ["Version"] = Version,
            ["Statement"] = new JsonArray([.. statements]),
        }.ToJsonString(Compact);

    private static JsonNode Strings(IReadOnlyList<string> values) =>
        values.Count == 1 ? JsonValue.Create(values[0])! : new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v)!)]);
}
