using System.Text;
using System.Text.Json.Nodes;

namespace MlPlatform.Stacks.Previews.Tests;

public class PulumiJsonTests
{
    public static TheoryData<string, PlanFileKind> RealFiles => new()
    {
        { "sample-preview-creates.json", PlanFileKind.Preview },
        { "sample-preview-update.json", PlanFileKind.Preview },
        { "sample-preview-deletes.json", PlanFileKind.Preview },
        { "sample-export.json", PlanFileKind.Export },
    };

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void RealCliOutputIsRecognised(string name, PlanFileKind kind)
    {
        var file = PulumiJson.ReadFile(Fixtures.PathOf(name));

        Assert.Equal(kind, file.Kind);
        Assert.NotEmpty(file.ResourcesAfter.Concat(file.ResourcesBefore));
    }

    [Fact]
    public void CreatesPreviewHasSixteenCreateStepsWithInputs()
    {
        var preview = PulumiJson.ReadFile(Fixtures.PathOf("sample-preview-creates.json")).Preview!;

        Assert.Equal(16, preview.Steps.Count);
        Assert.All(preview.Steps, s => Assert.Equal(StepOps.Create, s.Op));
        Assert.Equal(16, preview.ChangeSummary!["create"]);
        Assert.Equal(4648932611, preview.Duration);
        var bucket = Assert.Single(preview.Steps, s => s.Type == "aws:s3/bucket:Bucket");
        Assert.Null(bucket.OldState);
        Assert.Equal("docs", PulumiUrn.NameOf(bucket.Urn));
        Assert.True(bucket.NewState!.Custom);
        Assert.NotNull(bucket.NewState.Inputs);
        Assert.Equal(PulumiJson.Summarize(preview.Steps), preview.ChangeSummary);
    }

    [Fact]
    public void UpdatePreviewCarriesDiffReasonsAndDetailedDiff()
    {
        var preview = PulumiJson.ReadFile(Fixtures.PathOf("sample-preview-update.json")).Preview!;

        var update = Assert.Single(preview.Steps, s => s.Op == StepOps.Update);
        Assert.Equal("aws:lambda/function:Function", update.Type);
        Assert.Equal(["code"], update.DiffReasons!);
        Assert.Equal("update", update.DetailedDiff!["code"].Kind);
        Assert.False(update.DetailedDiff["code"].InputDiff);
        Assert.Equal(128, update.NewState!.Inputs!["memorySize"]!.GetValue<int>());
        Assert.Equal(15, preview.ChangeSummary!["same"]);
    }

    [Fact]
    public void DeletesPreviewHasOnlyOldStatesForDeletedResources()
    {
        var file = PulumiJson.ReadFile(Fixtures.PathOf("sample-preview-deletes.json"));

        var deletes = file.Preview!.Steps.Where(s => s.Op == StepOps.Delete).ToList();
        Assert.NotEmpty(deletes);
        Assert.All(deletes, s => Assert.Null(s.NewState));
        Assert.All(deletes, s => Assert.NotNull(s.OldState));
        Assert.Equal(file.Preview.Steps.Count - deletes.Count, file.ResourcesAfter.Count());
    }

    [Fact]
    public void ExportListsEveryResourceWithInputsAndOutputs()
    {
        var export = PulumiJson.ReadFile(Fixtures.PathOf("sample-export.json")).Export!;

        Assert.Equal(3, export.Version);
        var resources = export.Deployment.Resources!;
        Assert.Contains(resources, r => r.Type == "pulumi:providers:aws");
        var bucket = Assert.Single(resources, r => r.Type == "aws:s3/bucket:Bucket");
        Assert.Equal("private", bucket.Outputs!["acl"]!.GetValue<string>());
        Assert.NotNull(bucket.Id);
    }

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void RealCliOutputRoundTripsUnchanged(string name, PlanFileKind kind)
    {
        var path = Fixtures.PathOf(name);
        var original = JsonNode.Parse(File.ReadAllText(path));
        var file = PulumiJson.ReadFile(path);

        var written = kind == PlanFileKind.Preview ? PulumiJson.Write(file.Preview!) : PulumiJson.Write(file.Export!);

        Assert.True(JsonNode.DeepEquals(original, JsonNode.Parse(written)), $"{name} changed on a round trip:\n{written}");
    }

    [Fact]
    public void WrittenPreviewReadsBackAsAPreview()
    {
        var document = new PreviewDocument
        {
            Config = new Dictionary<string, string> { ["aws:region"] = "us-east-1" },
            Steps =
            [
                new PreviewStep
                {
                    Op = StepOps.Create,
                    Urn = PulumiUrn.Create("dev", "mlplatform", "aws:s3/bucket:Bucket", "models"),
                    NewState = new ResourceState
                    {
                        Urn = PulumiUrn.Create("dev", "mlplatform", "aws:s3/bucket:Bucket", "models"),
                        Custom = true,
                        Type = "aws:s3/bucket:Bucket",
                        Inputs = PropertyValues.ToObject(new Dictionary<string, object?> { ["forceDestroy"] = false, ["tags"] = new Dictionary<string, string> { ["team"] = "vision" } }),
                    },
                },
            ],
        };
        document = document with { ChangeSummary = PulumiJson.Summarize(document.Steps) };

        var back = PulumiJson.ReadPreview(Encoding.UTF8.GetBytes(PulumiJson.Write(document)), "written.json");

        var step = Assert.Single(back.Steps);
        Assert.Equal("aws:s3/bucket:Bucket", step.Type);
        Assert.Equal("vision", step.NewState!.Inputs!["tags"]!["team"]!.GetValue<string>());
        Assert.Equal(1, back.ChangeSummary!["create"]);
        Assert.Contains("\"detailedDiff\": null", PulumiJson.Write(document), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 1L)]
    [InlineData("{\"steps\": [", 1L)]
    [InlineData("{\n  \"steps\": [\n    {\"op\": \"create\",, }\n  ]\n}", 3L)]
    [InlineData("[1, 2]", 1L)]
    [InlineData("{\"hello\": 1}", 1L)]
    [InlineData("{\"steps\": 5}", 1L)]
    [InlineData("{\"version\": 2, \"deployment\": {}}", 1L)]
    [InlineData("{\"steps\": [{\"op\": 7}]}", 1L)]
    public void MalformedOrUnknownDocumentsFailWithFileAndLine(string json, long line)
    {
        var e = Assert.Throws<PulumiJsonException>(() => PulumiJson.Read(Encoding.UTF8.GetBytes(json), "bad.json"));

        Assert.Equal("bad.json", e.Source);
        Assert.Equal(line, e.Line);
        Assert.StartsWith("bad.json:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileFailsWithItsPath()
    {
        var e = Assert.Throws<PulumiJsonException>(() => PulumiJson.ReadFile("/nonexistent/preview.json"));

        Assert.Equal("/nonexistent/preview.json", e.Source);
    }

    [Fact]
    public void ReadingAnExportAsAPreviewIsRejected()
    {
        var bytes = File.ReadAllBytes(Fixtures.PathOf("sample-export.json"));

        Assert.Throws<PulumiJsonException>(() => PulumiJson.ReadPreview(bytes, "sample-export.json"));
    }
}
