using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace MlPlatform.Stacks.Outputs.Tests;

public sealed class PlatformOutputsReaderTests
{
    [Fact]
    public void ContractRoundTripsThroughTheCliJson()
    {
        var json = PlatformOutputsWriter.ToJson(Contract.Sample);
        var read = PlatformOutputsReader.Parse(json);
        Assert.Equal(json, PlatformOutputsWriter.ToJson(read));
        Assert.Equal(Contract.Sample.Kubeconfig, read.Kubeconfig);
        Assert.Equal(Contract.Sample.ModelRoutes["ocr-cls"], read.ModelRoutes["ocr-cls"]);
        Assert.Equal(Contract.Sample.BudgetIds.ToArray(), read.BudgetIds.ToArray());
    }

    [Fact]
    public void ContractRoundTripsThroughStackReferenceValues()
    {
        // StackReference outputs arrive as maps and lists of objects, not as typed values.
        var values = PlatformOutputsWriter.ToValues(Contract.Sample).ToDictionary(
            kv => kv.Key,
            kv => kv.Value switch
            {
                ImmutableDictionary<string, string> map => (object?)map.ToImmutableDictionary(p => p.Key, p => (object)p.Value),
                ImmutableArray<string> list => list.Cast<object>().ToImmutableArray(),
                var other => other,
            });
        var read = PlatformOutputsReader.FromValues(values);
        Assert.Equal(PlatformOutputsWriter.ToJson(Contract.Sample), PlatformOutputsWriter.ToJson(read));
    }

    [Fact]
    public void EveryOutputNameOfTheContractIsWritten()
    {
        var names = typeof(PlatformOutputNames).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        Assert.Equal(names, PlatformOutputsWriter.ToValues(Contract.Sample).Keys.ToHashSet());
    }

    [Fact]
    public void MissingOutputsAreAllReportedByName()
    {
        var json = JsonNode.Parse(Contract.With(PlatformOutputNames.SchedulerUrl, null))!.AsObject();
        json.Remove(PlatformOutputNames.ModelRoutes);
        json.Remove(PlatformOutputNames.Kubeconfig);
        var error = Assert.Throws<PlatformOutputsException>(() => PlatformOutputsReader.Parse(json.ToJsonString()));
        Assert.Equal(
            new[] { PlatformOutputNames.Kubeconfig, PlatformOutputNames.SchedulerUrl, PlatformOutputNames.ModelRoutes }.Order(),
            error.Errors.Select(e => e.Output).Order());
    }

    [Fact]
    public void HiddenSecretAsksForShowSecrets()
    {
        var error = Assert.Throws<PlatformOutputsException>(() => PlatformOutputsReader.Parse(Contract.With(PlatformOutputNames.Kubeconfig, "[secret]")));
        var problem = Assert.Single(error.Errors);
        Assert.Equal(PlatformOutputNames.Kubeconfig, problem.Output);
        Assert.Contains("--show-secrets", problem.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PlatformOutputNames.BudgetIds, "3")]
    [InlineData(PlatformOutputNames.RegistryUrls, "[\"a\"]")]
    [InlineData(PlatformOutputNames.InferenceBaseUrl, "\"not a url\"")]
    [InlineData(PlatformOutputNames.Cloud, "\"gcp\"")]
    [InlineData(PlatformOutputNames.ClusterName, "\"\"")]
    [InlineData(PlatformOutputNames.ModelRoutes, "{\"m\": 1}")]
    public void MalformedOutputIsReportedByName(string output, string value)
    {
        var error = Assert.Throws<PlatformOutputsException>(() => PlatformOutputsReader.Parse(Contract.With(output, JsonNode.Parse(value))));
        Assert.Equal(output, Assert.Single(error.Errors).Output);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("0")]
    [InlineData("one")]
    [InlineData("1.2.3")]
    public void UnsupportedContractVersionIsRefusedBeforeAnythingElse(string version)
    {
        var json = JsonNode.Parse(Contract.With(PlatformOutputNames.ContractVersion, version))!.AsObject();
        json.Remove(PlatformOutputNames.Kubeconfig);
        var error = Assert.Throws<PlatformOutputsException>(() => PlatformOutputsReader.Parse(json.ToJsonString()));
        Assert.Equal(PlatformOutputNames.ContractVersion, Assert.Single(error.Errors).Output);
    }

    [Fact]
    public void MissingContractVersionMeansNotThePlatformStack()
    {
        var error = Assert.Throws<PlatformOutputsException>(() => PlatformOutputsReader.Parse("{\"clusterName\": \"x\"}"));
        Assert.Equal(PlatformOutputNames.ContractVersion, Assert.Single(error.Errors).Output);
    }

    [Fact]
    public void NewerMinorVersionWithExtraOutputsIsReadable()
    {
        var json = JsonNode.Parse(Contract.With(PlatformOutputNames.ContractVersion, "1.4"))!.AsObject();
        json["someFutureOutput"] = "value";
        Assert.Equal("1.4", PlatformOutputsReader.Parse(json.ToJsonString()).ContractVersion);
    }

    [Fact]
    public void TheSchedulerDatabaseEndpointIsReadAndOptionalForA10Stack()
    {
        var json = JsonNode.Parse(Contract.With(PlatformOutputNames.SchedulerDatabaseEndpoint, "mlp-prod-db.abc.us-east-1.rds.amazonaws.com:5432"))!.AsObject();
        Assert.Equal("mlp-prod-db.abc.us-east-1.rds.amazonaws.com:5432", PlatformOutputsReader.Parse(json.ToJsonString()).SchedulerDatabaseEndpoint);

        var older = JsonNode.Parse(Contract.With(PlatformOutputNames.SchedulerDatabaseEndpoint, null))!.AsObject();
        older[PlatformOutputNames.ContractVersion] = "1";
        Assert.Equal(string.Empty, PlatformOutputsReader.Parse(older.ToJsonString()).SchedulerDatabaseEndpoint);

        var wrong = JsonNode.Parse(Contract.With(PlatformOutputNames.SchedulerDatabaseEndpoint, 5432))!.AsObject();
        var error = Assert.Throws<PlatformOutputsException>(() => PlatformOutputsReader.Parse(wrong.ToJsonString()));
        Assert.Equal(PlatformOutputNames.SchedulerDatabaseEndpoint, Assert.Single(error.Errors).Output);
    }

    [Fact]
    public void ThisLibraryWritesContract11()
    {
        Assert.Equal("1.1", PlatformOutputsContract.Current);
        Assert.True(PlatformOutputsWriter.ToValues(Contract.Sample).ContainsKey(PlatformOutputNames.SchedulerDatabaseEndpoint));
    }

    [Fact]
    public void NonJsonAndNonObjectDocumentsAreRefused()
    {
        Assert.Throws<PlatformOutputsException>(() => PlatformOutputsReader.Parse("not json"));
        Assert.Throws<PlatformOutputsException>(() => PlatformOutputsReader.Parse("[]"));
    }

    [Fact]
    public void ToStringNeverShowsTheKubeconfig() =>
        Assert.DoesNotContain("apiVersion", Contract.Sample.ToString(), StringComparison.Ordinal);

    [Fact]
    public void InferUrlIsTheModelRouteWithInfer()
    {
        Assert.Equal("https://models.dev.example.com/v2/models/ocr-cls/infer", Contract.Sample.InferUrl("ocr-cls").ToString());
        Assert.Throws<KeyNotFoundException>(() => Contract.Sample.InferUrl("unknown"));
    }

    [Fact]
    public void ReadFileReadsSavedCliOutput()
    {
        var path = Path.Combine(Path.GetTempPath(), $"outputs-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, PlatformOutputsWriter.ToJson(Contract.Sample));
        try
        {
            Assert.Equal("mlp-dev", PlatformOutputsReader.ReadFile(path).ClusterName);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
