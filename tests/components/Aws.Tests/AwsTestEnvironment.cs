using System.Collections.Immutable;
using MlPlatform.CostModel;
using MlPlatform.Testing;
using Pulumi.Testing;

namespace MlPlatform.Components.Aws.Tests;

/// <summary>Shared fixtures: mocks that compute what AWS would (ARNs, names, endpoints), the real price tables, tags.</summary>
internal static class AwsTestEnvironment
{
    public const string Account = "123456789012";

    public const string Region = "us-east-1";

    private static readonly Lazy<PriceCatalog> LazyCatalog = new(() => PriceCatalogLoader.LoadDirectory(PriceCatalogLoader.DefaultDirectory(AppContext.BaseDirectory)));

    /// <summary>The repository's price tables (data/pricing); loading fails clearly if they are missing.</summary>
    public static PriceCatalog Catalog => LazyCatalog.Value;

    public static CommonTags Tags { get; } = new("dev", "ml-research", ImmutableDictionary<string, string>.Empty);

    /// <summary>An echoing mock that also returns the provider-computed outputs the components read.</summary>
    public static EchoMocks Mocks()
    {
        var mocks = new EchoMocks();
        string[] withArn =
        [
            "aws:ec2/vpc:Vpc", "aws:ec2/launchTemplate:LaunchTemplate", "aws:kms/key:Key", "aws:kms/alias:Alias", "aws:iam/role:Role", "aws:iam/policy:Policy",
            "aws:eks/cluster:Cluster", "aws:eks/nodeGroup:NodeGroup", "aws:eks/addon:Addon", "aws:s3/bucket:Bucket", "aws:ecr/repository:Repository",
            "aws:sns/topic:Topic", "aws:sns/topicSubscription:TopicSubscription", "aws:budgets/budget:Budget",
            "aws:sqs/queue:Queue", "aws:cloudwatch/eventRule:EventRule",
        ];
        foreach (var type in withArn)
        {
            mocks.ComputedOutputs[type] = args => Computed(type, args);
        }

        return mocks;
    }

    private static Dictionary<string, object> Computed(string type, MockResourceArgs args)
    {
        var service = type.Split(':')[1].Split('/')[0];
        var name = args.Inputs.TryGetValue("name", out var given) ? (string)given : args.Name!;
        var state = new Dictionary<string, object>
        {
            ["arn"] = $"arn:aws:{service}:{Region}:{Account}:{name}",
            ["name"] = name,
        };
        switch (type)
        {
            case "aws:s3/bucket:Bucket":
                state["bucket"] = $"{args.Inputs.GetValueOrDefault("bucketPrefix") ?? "bucket-"}abc123";
                state["arn"] = $"arn:aws:s3:::{state["bucket"]}";
                break;
            case "aws:kms/key:Key":
                state["keyId"] = $"{args.Name}-key-id";
                break;
            case "aws:launchTemplate:LaunchTemplate" or "aws:ec2/launchTemplate:LaunchTemplate":
                state["latestVersion"] = 1;
                break;
            case "aws:ecr/repository:Repository":
                state["repositoryUrl"] = $"{Account}.dkr.ecr.{Region}.amazonaws.com/{name}";
                break;
            case "aws:eks/cluster:Cluster":
                state["endpoint"] = $"https://{name}.gr7.{Region}.eks.amazonaws.com";
                state["certificateAuthority"] = ImmutableDictionary<string, object>.Empty.Add("data", "Q0EtREFUQQ==");
                state["identities"] = ImmutableArray.Create<object>(ImmutableDictionary<string, object>.Empty.Add("oidcs", ImmutableArray.Create<object>(
                    ImmutableDictionary<string, object>.Empty.Add("issuer", $"https://oidc.eks.{Region}.amazonaws.com/id/ABC"))));
                state["vpcConfig"] = ImmutableDictionary<string, object>.Empty.Add("clusterSecurityGroupId", "sg-cluster").Add("vpcId", "vpc-1")
                    .Add("subnetIds", ImmutableArray<object>.Empty);
                break;
            case "aws:sqs/queue:Queue":
                state["url"] = $"https://sqs.{Region}.amazonaws.com/{Account}/{name}";
                break;
            case "aws:eks/nodeGroup:NodeGroup":
                state["nodeGroupName"] = args.Inputs.GetValueOrDefault("nodeGroupName") ?? args.Name!;
                break;
            default:
                break;
        }

        return state;
    }

    /// <summary>Inputs of a nested object.</summary>
    public static IReadOnlyDictionary<string, object> Object(this IReadOnlyDictionary<string, object> inputs, string key) =>
        (IReadOnlyDictionary<string, object>)inputs[key];

    /// <summary>Inputs of a nested list.</summary>
    public static ImmutableArray<object> List(this IReadOnlyDictionary<string, object> inputs, string key) =>
        (ImmutableArray<object>)inputs[key];

    public static ImmutableArray<string> Strings(this IReadOnlyDictionary<string, object> inputs, string key) =>
        [.. inputs.List(key).Cast<string>()];
}
