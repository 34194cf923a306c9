using System.Collections.Immutable;
using System.Text.Json.Nodes;
using MlPlatform.Stacks.Previews;

namespace MlPlatform.Plan.Tests;

public sealed class StackExportDiffTests
{
    [Fact]
    public async Task ResourcesMatchingTheExportAreSameChangedOnesUpdateOrReplaceAndMissingOnesDelete()
    {
        var plan = await PlanRunner.RunAsync(PlanFixture.Root, "dev");
        var bucket = Resource("urn:pulumi:dev::mlplatform::aws:s3/bucket:Bucket::models", "aws:s3/bucket:Bucket", new() { ["bucket"] = "models-a", ["forceDestroy"] = false });
        var topic = Resource("urn:pulumi:dev::mlplatform::aws:sns/topic:Topic::alerts", "aws:sns/topic:Topic", new() { ["displayName"] = "Alerts" });
        var vpc = Resource("urn:pulumi:dev::mlplatform::aws:ec2/vpc:Vpc::net", "aws:ec2/vpc:Vpc", new() { ["cidrBlock"] = "10.0.0.0/16" });
        plan = plan with { Resources = plan.Resources.Add(bucket).Add(topic) };
        var export = new StackExport
        {
            Deployment = new DeploymentV3
            {
                Resources =
                [
                    State(bucket with { Inputs = bucket.Inputs.SetItem("bucket", "models-b") }),
                    State(topic with { Inputs = topic.Inputs.SetItem("displayName", "Old alerts") }),
                    State(vpc),
                    .. plan.Resources.Where(r => r.Type == "pulumi:pulumi:Stack").Select(State),
                ],
            },
        };

        var diffed = StackExportDiff.Apply(plan, export);

        var byUrn = diffed.Resources.ToDictionary(r => r.Urn);
        Assert.Equal(PlanOperation.Replace, byUrn[bucket.Urn].Operation);
        Assert.Equal(["bucket"], byUrn[bucket.Urn].ReplaceReasons.ToArray());
        Assert.Equal(PlanOperation.Update, byUrn[topic.Urn].Operation);
        Assert.Equal(["displayName"], byUrn[topic.Urn].DiffReasons.ToArray());
        Assert.Equal(PlanOperation.Delete, byUrn[vpc.Urn].Operation);
        Assert.Equal(PlanOperation.Same, byUrn["urn:pulumi:dev::mlplatform::pulumi:pulumi:Stack::mlplatform-dev"].Operation);
    }

    [Fact]
    public void UnknownAndSecretPlannedValuesAreNotCountedAsChanges()
    {
        var planned = ImmutableDictionary<string, object?>.Empty.Add("arn", PlanValues.Unknown).Add("password", PlanValues.Secret).Add("name", "a");
        var deployed = new JsonObject { ["arn"] = "arn:aws:x", ["password"] = "old", ["name"] = "a", ["__defaults"] = new JsonArray() };

        Assert.Empty(StackExportDiff.ChangedKeys(planned, deployed));
    }

    [Fact]
    public void UnknownAndSecretValuesInsideAnInputMatchWhatIsDeployedButKnownPartsAreCompared()
    {
        static ImmutableDictionary<string, object?> Planned(int threshold) => ImmutableDictionary<string, object?>.Empty
            .Add("notifications", PlanValues.Shown(new object?[] { new Dictionary<string, object?> { ["threshold"] = (double)threshold, ["subscriberSnsTopicArns"] = PlanValues.Unknown } }))
            .Add("settings", PlanValues.Shown(new Dictionary<string, object?> { ["password"] = PlanValues.Secret, ["user"] = "admin" }));
        var deployed = JsonNode.Parse($$"""
            {"notifications": [{"threshold": 80, "subscriberSnsTopicArns": ["arn:aws:sns:us-east-1:123456789012:alerts"], "__defaults": []}],
             "settings": {"password": {"{{PropertyValues.SignatureKey}}": "{{PropertyValues.SecretSignature}}", "ciphertext": "v1:abc"}, "user": "admin" }
            }
            """)!.AsObject();

        Assert.Empty(StackExportDiff.ChangedKeys(Planned(80), deployed));
        Assert.Equal(["notifications"], StackExportDiff.ChangedKeys(Planned(90), deployed).ToArray());
    }

    [Fact]
    public async Task TheRealSampleExportLoadsAndItsResourcesBecomeDeletes()
    {
        var sample = Path.Combine(PlanFixture.Root, "data", "pulumi", "preview-json-samples", "sample-export.json");
        Assert.True(File.Exists(sample), $"reference fixture missing: {sample}");
        var plan = await PlanRunner.RunAsync(PlanFixture.Root, "dev");

        var diffed = StackExportDiff.Apply(plan, StackExportDiff.Load(sample));

        Assert.Contains(diffed.Resources, r => r.Operation == PlanOperation.Delete && r.Type == "aws:s3/bucket:Bucket");
    }

    [Fact]
    public void APreviewFileIsRejectedWhereAnExportIsExpected()
    {
        var preview = Path.Combine(PlanFixture.Root, "data", "pulumi", "preview-json-samples", "sample-preview-creates.json");

        var error = Assert.Throws<PlanException>(() => StackExportDiff.Load(preview));

        Assert.Equal(2, error.ExitCode);
    }

    private static PlannedResource Resource(string urn, string type, Dictionary<string, object?> inputs) =>
        new(urn, type, urn.Split("::")[^1], true, "urn:pulumi:dev::mlplatform::pulumi:pulumi:Stack::mlplatform-dev", null, inputs.ToImmutableDictionary(), PlanOperation.Create, [], []);

    private static ResourceState State(PlannedResource r) => new()
    {
        Urn = r.Urn,
        Type = r.Type,
        Custom = r.Custom,
        Inputs = PreviewJson.ToJson(r.Inputs),
        Parent = r.ParentUrn,
    };
}
