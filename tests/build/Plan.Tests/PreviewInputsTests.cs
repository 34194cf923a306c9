using System.Text.Json.Nodes;
using MlPlatform.Infra;
using MlPlatform.Policies;
using MlPlatform.Stacks.Previews;
using Pulumi;

namespace MlPlatform.Plan.Tests;

/// <summary>
/// The inputs a plan writes are those <c>pulumi preview --json</c> writes: structure kept, the unknown marker only at
/// the values not known yet, <c>[secret]</c> at secret values. Pinned against the real CLI's output and on the budgets
/// of the platform's own stacks.
/// </summary>
public sealed class PreviewInputsTests(PlatformPlans plans) : IClassFixture<PlatformPlans>
{
    private const string SampleUrnSuffix = "aws:s3/bucket:Bucket$aws:s3/bucketNotification:BucketNotification::docsHandler";

    [Fact]
    public async Task AnInputWithAnUnknownInsideHasTheShapeTheRealPreviewGivesIt()
    {
        // The real CLI's preview of a bucket notification whose Lambda ARN and bucket id are not known yet.
        var sample = PulumiJson.ReadFile(Path.Combine(PlanFixture.Root, "data", "pulumi", "preview-json-samples", "sample-preview-creates.json"));
        var expected = WithoutProviderDefaults(sample.Preview!.Steps.Single(s => s.Urn.EndsWith(SampleUrnSuffix, StringComparison.Ordinal)).NewState!.Inputs);
        Assert.True(PropertyValues.IsUnknown(expected!["lambdaFunctions"]![0]!["lambdaFunctionArn"]), "the sample keeps the list and marks the ARN at its leaf");

        // The same resources declared in C#.
        var plan = await PlanRunner.RunAsync(PlanFixture.Root, "dev", hooks => new BucketNotificationStack(hooks));
        var path = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.json");
        await PreviewJson.WriteAsync(plan, path);
        var step = PulumiJson.ReadFile(path).Preview!.Steps.Single(s => s.Urn.EndsWith(SampleUrnSuffix, StringComparison.Ordinal));

        Assert.True(JsonNode.DeepEquals(expected, step.NewState!.Inputs), $"plan wrote {step.NewState.Inputs!.ToJsonString()}, the CLI {expected!.ToJsonString()}");
    }

    [Theory]
    [InlineData("dev", "aws:budgets/budget:Budget::budgets-environment", "4000.00")]
    [InlineData("dev", "aws:budgets/budget:Budget::budgets-team-vision", "1500.00")]
    public async Task AwsBudgetNotificationsShowTheirThresholdsWithTheTopicArnUnknownAtItsLeaf(string stack, string budget, string limit)
    {
        var inputs = (await plans.Of(stack)).Inputs(budget);

        var notifications = inputs["notifications"]!.AsArray().Select(n => n!.AsObject()).ToList();
        Assert.Equal(
            ["ACTUAL 50", "ACTUAL 80", "ACTUAL 100", "FORECASTED 100"],
            notifications.Select(n => $"{n["notificationType"]} {n["threshold"]}").ToArray());
        Assert.All(notifications, n =>
        {
            Assert.Equal("PERCENTAGE", n["thresholdType"]!.GetValue<string>());
            Assert.True(PropertyValues.IsUnknown(n["subscriberSnsTopicArns"]), n.ToJsonString());
        });
        Assert.Equal(limit, inputs["limitAmount"]!.GetValue<string>());
    }

    [Fact]
    public async Task AzureBudgetNotificationsShowTheirThresholdsWithTheActionGroupUnknownAtItsLeaf()
    {
        var inputs = (await plans.Of("dev-azure")).Inputs("azure-native:consumption:Budget::budget-budget");

        var notifications = inputs["notifications"]!.AsObject();
        Assert.Equal(["actual-100", "actual-50", "actual-80", "forecasted-100"], notifications.Select(n => n.Key).ToArray());
        Assert.Equal("Forecasted 100", $"{notifications["forecasted-100"]!["thresholdType"]} {notifications["forecasted-100"]!["threshold"]}");
        Assert.Equal("Actual 80", $"{notifications["actual-80"]!["thresholdType"]} {notifications["actual-80"]!["threshold"]}");
        Assert.All(notifications, n =>
        {
            Assert.True(PropertyValues.IsUnknown(n.Value!["contactGroups"]), n.Value!.ToJsonString());
            Assert.Equal("ml-platform-dev@example.com", n.Value["contactEmails"]![0]!.GetValue<string>());
        });
        Assert.True(PropertyValues.IsUnknown(inputs["scope"]));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("dev-azure")]
    public async Task ThePolicyPackReadsThePlanJsonAsTheProgramReadsItsArgs(string stack)
    {
        var planned = await plans.Of(stack);

        var fromJson = PolicyEvaluator.Default.Evaluate(ResourceModel.After(planned.Json), planned.InProgram.Context);

        Assert.Equal(Describe(planned.InProgram.After.Violations), Describe(fromJson.Violations));
        Assert.Equal(planned.InProgram.After.Costs.Total, fromJson.Costs.Total);
        var budgets = ResourceModel.After(planned.Json).Where(r => r.Type is ResourceTypes.AwsBudget or ResourceTypes.AzureBudget).ToList();
        Assert.NotEmpty(budgets);
        Assert.All(budgets, b => Assert.False(Values.IsUnknown(b.Input("notifications"))));
    }

    private static string[] Describe(IEnumerable<PolicyViolation> violations) =>
        [.. violations.Select(v => $"{v.Enforcement} {v.RuleId} {v.Urn} {v.Measured} {v.Limit}").Order(StringComparer.Ordinal)];

    // The provider adds defaults during its check and lists them in __defaults; a plan has no provider.
    private static JsonNode? WithoutProviderDefaults(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                var defaults = o["__defaults"] is JsonArray list ? list.Select(d => d!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) : [];
                return new JsonObject(o.Where(p => p.Key != "__defaults" && !defaults.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, WithoutProviderDefaults(p.Value))));
            case JsonArray a:
                return new JsonArray([.. a.Select(WithoutProviderDefaults)]);
            default:
                return node?.DeepClone();
        }
    }

    // What the sample's program declares (aws.s3.Bucket.onObjectCreated), written with the C# SDK's generic resources.
    private sealed class BucketNotificationStack : Stack
    {
        public BucketNotificationStack(PlatformStackHooks hooks)
            : base(new StackOptions { ResourceTransformations = [.. hooks.Transformations] })
        {
            var bucket = new TestResource("aws:s3/bucket:Bucket", "docs", new TestArgs());
            var handler = new TestResource("aws:lambda/function:Function", "docsHandler", new TestArgs());
            _ = new TestResource("aws:s3/bucketNotification:BucketNotification", "docsHandler", new BucketNotificationArgs
            {
                Bucket = bucket.Id,
                LambdaFunctions = { new BucketNotificationLambdaFunctionArgs { Events = { "s3:ObjectCreated:*" }, LambdaFunctionArn = handler.Arn } },
            }, new CustomResourceOptions { Parent = bucket });
        }
    }

    private sealed class TestResource(string type, string name, ResourceArgs args, CustomResourceOptions? options = null)
        : CustomResource(type, name, args, options)
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;
    }

    private sealed class TestArgs : ResourceArgs;

    private sealed class BucketNotificationArgs : ResourceArgs
    {
        [Input("lambdaFunctions")]
        private InputList<BucketNotificationLambdaFunctionArgs>? _lambdaFunctions;

        [Input("bucket")]
        public Input<string>? Bucket { get; set; }

        public InputList<BucketNotificationLambdaFunctionArgs> LambdaFunctions
        {
            get => _lambdaFunctions ??= [];
            set => _lambdaFunctions = value;
        }
    }

    private sealed class BucketNotificationLambdaFunctionArgs : ResourceArgs
    {
        [Input("events")]
        private InputList<string>? _events;

        [Input("lambdaFunctionArn")]
        public Input<string>? LambdaFunctionArn { get; set; }

        public InputList<string> Events
        {
            get => _events ??= [];
            set => _events = value;
        }
    }
}
