using System.Globalization;
using System.Text;
using MlPlatform.Stacks.Previews;

namespace MlPlatform.Policies.Bench;

/// <summary>
/// A generated <c>pulumi preview --json</c> of <c>n</c> resources that looks like a large platform: GPU node-group pairs
/// with launch templates, private buckets with their access blocks, encryption and policies, repositories, workloads,
/// IAM roles and a budget — in the providers' real schema, written with the shared writer.
/// </summary>
internal static class SyntheticPreview
{
    private const string Digest = "sha256:f42e85e306111d27dfbc4fd3c3a1e50b3aca6fbb0400bd3598fe8824627c1ec4";
    private static readonly string[] GpuTypes = ["g6.xlarge", "g6.2xlarge", "g6.4xlarge"];

    public static byte[] Generate(int count) => Encoding.UTF8.GetBytes(PulumiJson.Write(Preview(count)));

    /// <summary>The preview of <paramref name="count"/> creates.</summary>
    public static PreviewDocument Preview(int count)
    {
        var steps = Steps(count);
        return new PreviewDocument
        {
            Config = new Dictionary<string, string> { ["aws:region"] = "us-east-1" },
            Steps = steps,
            ChangeSummary = PulumiJson.Summarize(steps),
        };
    }

    /// <summary>The stack export of the same <paramref name="count"/> resources, deployed.</summary>
    public static StackExport Export(int count) => new()
    {
        Deployment = new DeploymentV3 { Resources = [.. Steps(count).Select(s => s.NewState!)] },
    };

    private static List<PreviewStep> Steps(int count)
    {
        var steps = new List<PreviewStep>(count);
        void Add(string type, string name, Dictionary<string, object?> inputs, string? parent = null)
        {
            if (steps.Count >= count)
            {
                return;
            }

            var urn = PulumiUrn.Create("bench", "mlplatform", type, name);
            steps.Add(new PreviewStep
            {
                Op = StepOps.Create,
                Urn = urn,
                Provider = "urn:pulumi:bench::mlplatform::pulumi:providers:aws::default_7_48_0::04da6b54-80e4-46f7-96ec-b56ff0331ba9",
                NewState = new ResourceState { Urn = urn, Custom = true, Type = type, Inputs = PropertyValues.ToObject(inputs), Parent = parent },
            });
        }

        Add("aws:budgets/budget:Budget", "env", new()
        {
            ["budgetType"] = "COST", ["timeUnit"] = "MONTHLY", ["limitAmount"] = "100000000", ["limitUnit"] = "USD",
            ["notifications"] = new object[]
            {
                new Dictionary<string, object?> { ["notificationType"] = "ACTUAL", ["threshold"] = 80, ["thresholdType"] = "PERCENTAGE", ["comparisonOperator"] = "GREATER_THAN", ["subscriberSnsTopicArns"] = PropertyValues.UnknownString },
                new Dictionary<string, object?> { ["notificationType"] = "FORECASTED", ["threshold"] = 100, ["thresholdType"] = "PERCENTAGE", ["comparisonOperator"] = "GREATER_THAN", ["subscriberSnsTopicArns"] = PropertyValues.UnknownString },
            },
        });
        for (var i = 0; steps.Count < count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            switch (i % 10)
            {
                case 0 or 1:
                    var pool = $"pool{i / 10}";
                    Add("aws:eks/nodeGroup:NodeGroup", $"{pool}-{(i % 10 == 0 ? "spot" : "ondemand")}", new()
                    {
                        ["capacityType"] = i % 10 == 0 ? "SPOT" : "ON_DEMAND",
                        ["instanceTypes"] = i % 10 == 0 ? GpuTypes : GpuTypes[..1],
                        ["scalingConfig"] = new Dictionary<string, object?> { ["minSize"] = 0, ["maxSize"] = 4, ["desiredSize"] = 0 },
                        ["labels"] = new Dictionary<string, object?> { ["mlplatform.io/pool"] = pool },
                        ["launchTemplate"] = new Dictionary<string, object?> { ["id"] = PropertyValues.UnknownString, ["version"] = "1" },
                    });
                    break;
                case 2:
                    Add("aws:ec2/launchTemplate:LaunchTemplate", $"lt{n}", new()
                    {
                        ["metadataOptions"] = new Dictionary<string, object?> { ["httpTokens"] = "required", ["httpPutResponseHopLimit"] = 2 },
                        ["blockDeviceMappings"] = new object[] { new Dictionary<string, object?> { ["deviceName"] = "/dev/xvda", ["ebs"] = new Dictionary<string, object?> { ["encrypted"] = "true", ["volumeSize"] = 200 } } },
                    });
                    break;
                case 3:
                    Add("aws:s3/bucket:Bucket", $"b{n}", new() { ["bucketPrefix"] = $"b{n}" });
                    Add("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", $"b{n}-public-access", new()
                    {
                        ["bucket"] = PropertyValues.UnknownString, ["blockPublicAcls"] = true, ["blockPublicPolicy"] = true, ["ignorePublicAcls"] = true, ["restrictPublicBuckets"] = true,
                    });
                    Add("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", $"b{n}-encryption", new()
                    {
                        ["bucket"] = PropertyValues.UnknownString,
                        ["rules"] = new object[] { new Dictionary<string, object?> { ["applyServerSideEncryptionByDefault"] = new Dictionary<string, object?> { ["sseAlgorithm"] = "aws:kms" } } },
                    });
                    Add("aws:s3/bucketPolicy:BucketPolicy", $"b{n}-policy", new()
                    {
                        ["bucket"] = PropertyValues.UnknownString,
                        ["policy"] = "{\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}",
                    });
                    break;
                case 4:
                    Add("aws:ecr/repository:Repository", $"repo{n}", new() { ["imageTagMutability"] = "IMMUTABLE", ["imageScanningConfiguration"] = new Dictionary<string, object?> { ["scanOnPush"] = true } });
                    break;
                case 5 or 6:
                    Add("kubernetes:apps/v1:Deployment", $"app{n}", new()
                    {
                        ["metadata"] = new Dictionary<string, object?> { ["name"] = $"app{n}", ["namespace"] = "serving" },
                        ["spec"] = new Dictionary<string, object?>
                        {
                            ["replicas"] = 2,
                            ["template"] = new Dictionary<string, object?> { ["spec"] = new Dictionary<string, object?> { ["containers"] = new object[] { new Dictionary<string, object?> { ["name"] = "app", ["image"] = $"ghcr.io/mlplatform/inference@{Digest}" } } } },
                        },
                    });
                    break;
                default:
                    Add("aws:iam/role:Role", $"role{n}", new() { ["assumeRolePolicy"] = "{\"Version\":\"2012-10-17\",\"Statement\":[]}", ["path"] = "/" });
                    break;
            }
        }

        return steps;
    }
}
