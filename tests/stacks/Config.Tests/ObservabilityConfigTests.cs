using System.Text.Json.Nodes;

namespace MlPlatform.Stacks.Config.Tests;

public sealed class ObservabilityConfigTests
{
    private static Dictionary<string, string> Stack(Action<JsonObject> change)
    {
        var values = new Dictionary<string, string>(StackFile.Load(RepositoryFiles.Root, "dev").Namespace("mlplatform"));
        var observability = JsonNode.Parse(values["observability"])!.AsObject();
        change(observability);
        values["observability"] = observability.ToJsonString();
        return values;
    }

    private static PlatformConfig Read(IReadOnlyDictionary<string, string> values) => StackConfigReader.Read(values, "dev", RepositoryFiles.Prices);

    private static IReadOnlyList<string> Errors(IReadOnlyDictionary<string, string> values) =>
        Assert.Throws<StackConfigException>(() => Read(values)).Errors;

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    [InlineData("dev-azure")]
    [InlineData("prod-azure")]
    public void CommittedStacksEnableObservabilityWithAPinnedExporterAndDefaultThresholds(string stack)
    {
        var spec = StackConfigReader.Read(StackFile.Load(RepositoryFiles.Root, stack).Namespace("mlplatform"), stack, RepositoryFiles.Prices).Observability;

        Assert.True(spec.Enabled);
        Assert.StartsWith("nvcr.io/nvidia/k8s/dcgm-exporter@sha256:", spec.DcgmExporterImage, StringComparison.Ordinal);
        Assert.Empty(spec.SelectorLabels);
        Assert.Empty(spec.TeamQueueWaitObjectiveMinutes);
        var d = ObservabilitySpec.Default;
        Assert.Equal(d with { DcgmExporterImage = spec.DcgmExporterImage }, spec with { SelectorLabels = d.SelectorLabels, TeamQueueWaitObjectiveMinutes = d.TeamQueueWaitObjectiveMinutes });
    }

    [Fact]
    public void ThresholdsAndPerTeamObjectivesAreRead()
    {
        var spec = Read(Stack(o =>
        {
            o["gpuIdlePercent"] = 5;
            o["inferenceLatencySeconds"] = 0.5;
            o["teamQueueWaitObjectiveMinutes"] = new JsonObject { ["vision"] = 20 };
        })).Observability;

        Assert.Equal(5, spec.GpuIdlePercent);
        Assert.Equal(0.5m, spec.InferenceLatencySeconds);
        Assert.Equal(20, spec.TeamQueueWaitObjectiveMinutes["vision"]);
    }

    [Fact]
    public void EnabledWithoutAnExporterImageIsAnError()
    {
        Assert.Contains(Errors(Stack(o => o.Remove("dcgmExporterImage"))), e => e.StartsWith("mlplatform:observability.dcgmExporterImage is required", StringComparison.Ordinal));
    }

    [Fact]
    public void DisabledNeedsNoExporterImage()
    {
        Assert.False(Read(Stack(o =>
        {
            o.Remove("dcgmExporterImage");
            o["enabled"] = false;
        })).Observability.Enabled);
    }

    [Theory]
    [InlineData("dcgmExporterImage", "nvcr.io/nvidia/k8s/dcgm-exporter:4.5.3-4.8.2-distroless")]
    [InlineData("inferenceLatencySeconds", "0.3")]
    [InlineData("inferenceAvailabilityPercent", "100")]
    [InlineData("gpuIdlePercent", "0")]
    [InlineData("runbookBaseUrl", "docs/observability.md")]
    [InlineData("unknownThreshold", "1")]
    public void BadValuesNameTheirKey(string key, string value)
    {
        var errors = Errors(Stack(o => o[key] = double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : value));

        Assert.Contains(errors, e => e.StartsWith($"mlplatform:observability.{key} ", StringComparison.Ordinal));
    }

    [Fact]
    public void APerTeamObjectiveForAnUnknownTeamIsAnError()
    {
        var errors = Errors(Stack(o => o["teamQueueWaitObjectiveMinutes"] = new JsonObject { ["robotics"] = 10 }));

        Assert.Contains(errors, e => e.StartsWith("mlplatform:observability.teamQueueWaitObjectiveMinutes.robotics names no team", StringComparison.Ordinal));
    }
}
