using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace MlPlatform.Registry.Tests;

public sealed class ModelRegistryTests : IDisposable
{
    private static readonly Dictionary<string, string> NoLineage = new();
    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task RegisteringStoresTheArtifactInTheRuntimesLayoutWithItsLineageBesideIt()
    {
        var registry = Registry(out var root);
        var lineage = new Dictionary<string, string> { [LineageKeys.TrainingJob] = "job-42", [LineageKeys.DatasetDigest] = "sha256:abc" };

        var outcome = await registry.RegisterAsync("resnet", _temp.Model("a", "weights-1", ("labels.txt", "cat\ndog")), lineage, Metrics(("accuracy", 0.93)), "alice");

        Assert.True(outcome.Created);
        Assert.Equal("1", outcome.Record.Version);
        Assert.Equal("weights-1", File.ReadAllText(Path.Combine(root, "models", "resnet", "1", "model.onnx")));
        Assert.True(File.Exists(Path.Combine(root, "models", "resnet", "1", "labels.txt")));
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "models", "resnet", "1", "registry.json")));
        Assert.Equal("job-42", record.RootElement.GetProperty("lineage").GetProperty("training_job").GetString());
        Assert.Equal(outcome.Record.Digest, record.RootElement.GetProperty("digest").GetString());
        Assert.StartsWith("sha256:", outcome.Record.Digest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameContentTwiceIsOneVersionAndNewContentIsTheNextNumber()
    {
        var registry = Registry(out _);

        var first = await registry.RegisterAsync("m", _temp.Model("a", "w1"), NoLineage, Metrics(), "alice");
        var again = await registry.RegisterAsync("m", _temp.Model("b", "w1"), NoLineage, Metrics(), "bob");
        var second = await registry.RegisterAsync("m", _temp.Model("c", "w2"), NoLineage, Metrics(), "alice");

        Assert.False(again.Created);
        Assert.Equal(first.Record.Version, again.Record.Version);
        Assert.Equal("2", second.Record.Version);
        Assert.NotEqual(first.Record.Digest, second.Record.Digest);
    }

    [Fact]
    public async Task DifferentContentUnderAnExistingVersionIsRefused()
    {
        var registry = Registry(out var root);
        await registry.RegisterAsync("m", _temp.Model("a", "w1"), NoLineage, Metrics(), "alice", version: "7");

        var error = await Assert.ThrowsAsync<RegistryException>(() => registry.RegisterAsync("m", _temp.Model("b", "w2"), NoLineage, Metrics(), "alice", version: "7"));

        Assert.Contains("version 7 of model 'm' already holds different content", error.Message, StringComparison.Ordinal);
        Assert.Equal("w1", File.ReadAllText(Path.Combine(root, "models", "m", "7", "model.onnx")));
    }

    [Fact]
    public async Task PromotionPassesOnlyWhenEveryGateHoldsAndPrintsEachMeasuredValue()
    {
        var registry = Registry(out var root);
        await registry.RegisterAsync("m", _temp.Model("a", "w1"), NoLineage, Metrics(("accuracy", 0.91), ("latency_ms", 12)), "alice");

        var failed = await registry.PromoteAsync(Request("m", "1", RegistryLayout.Champion, "accuracy>=0.92", "latency_ms<20"));
        var passed = await registry.PromoteAsync(Request("m", "1", RegistryLayout.Champion, "accuracy>=0.90", "latency_ms<20"));

        Assert.False(failed.Promoted);
        Assert.Equal(["FAIL accuracy=0.91 (>=0.92)", "PASS latency_ms=12 (<20)"], failed.Gates.Select(g => g.ToString()).ToArray());
        Assert.True(passed.Promoted);
        Assert.Equal("1", File.ReadAllText(Path.Combine(root, "aliases", "m", "champion")));
        Assert.Equal("1", File.ReadAllText(Path.Combine(root, "aliases", "m", "stable")));
        var summary = await registry.ShowAsync("m");
        Assert.Single(summary.Audit, e => e.Action == "promote");
    }

    [Fact]
    public async Task AGateNamingAMetricTheVersionLacksIsBadInputAndMovesNothing()
    {
        var registry = Registry(out var root);
        await registry.RegisterAsync("m", _temp.Model("a", "w1"), NoLineage, Metrics(("accuracy", 0.95)), "alice");

        var error = await Assert.ThrowsAsync<RegistryException>(() => registry.PromoteAsync(Request("m", "1", RegistryLayout.Champion, "f1>=0.9")));

        Assert.Contains("names metric 'f1', which version 1 of 'm' does not record (it has: accuracy)", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "aliases")));
    }

    [Fact]
    public async Task UnknownModelsAndVersionsAreNamed()
    {
        var registry = Registry(out _);
        await registry.RegisterAsync("m", _temp.Model("a", "w1"), NoLineage, Metrics(), "alice");

        var version = await Assert.ThrowsAsync<RegistryException>(() => registry.PromoteAsync(Request("m", "9", RegistryLayout.Champion)));
        var model = await Assert.ThrowsAsync<RegistryException>(() => registry.ShowAsync("nope"));

        Assert.Equal("model 'm' has no version 9 (versions: 1)", version.Message);
        Assert.StartsWith("model 'nope' is not registered in ", model.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RollbackReturnsTheChampionToThePreviousOneAndAgainToTheOneBefore()
    {
        var registry = Registry(out var root);
        for (var i = 1; i <= 3; i++)
        {
            await registry.RegisterAsync("m", _temp.Model($"v{i}", $"w{i}"), NoLineage, Metrics(), "alice");
            await registry.PromoteAsync(Request("m", $"{i}", RegistryLayout.Champion));
        }

        var first = await registry.RollbackAsync("m", "bob", "p95 regression");
        var second = await registry.RollbackAsync("m", "bob");
        var none = await Assert.ThrowsAsync<RegistryException>(() => registry.RollbackAsync("m", "bob"));

        Assert.Equal(("3", "2"), (first.From, first.To));
        Assert.Equal(("2", "1"), (second.From, second.To));
        Assert.Contains("no previous champion", none.Message, StringComparison.Ordinal);
        Assert.Equal("1", File.ReadAllText(Path.Combine(root, "aliases", "m", "stable")));
        var audit = (await registry.ShowAsync("m")).Audit;
        Assert.Equal(["register", "promote", "register", "promote", "register", "promote", "rollback", "rollback"], audit.Select(a => a.Action).ToArray());
        Assert.Equal("p95 regression", audit[6].Reason);
    }

    [Fact]
    public async Task TheRuntimesOwnAliasesCannotBeMovedDirectly()
    {
        var registry = Registry(out _);
        await registry.RegisterAsync("m", _temp.Model("a", "w1"), NoLineage, Metrics(), "alice");

        var error = await Assert.ThrowsAsync<RegistryException>(() => registry.PromoteAsync(Request("m", "1", "stable")));

        Assert.Contains("runtime's serving alias", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentPromotionsAndRegistrationsNeverLoseAnUpdate()
    {
        Registry(out var root);
        var seed = new ModelRegistry(new LocalDirectoryStore(root), _time);
        await seed.RegisterAsync("m", _temp.Model("seed", "w0"), NoLineage, Metrics(), "alice");

        // Separate store objects, one lock file: as separate processes on one machine would.
        var promotions = Enumerable.Range(0, 16).Select(i => Task.Run(() =>
            new ModelRegistry(new LocalDirectoryStore(root), _time).PromoteAsync(Request("m", "1", $"team-{i}"))));
        var registrations = Enumerable.Range(0, 6).Select(i => Task.Run(() =>
            new ModelRegistry(new LocalDirectoryStore(root), _time).RegisterAsync("m", _temp.Model($"r{i}", $"content-{i}"), NoLineage, Metrics(), "ci")));
        await Task.WhenAll(promotions.Cast<Task>().Concat(registrations));

        var summary = await seed.ShowAsync("m");
        Assert.Equal(16, summary.Aliases.Count);
        Assert.Equal(16, summary.Audit.Count(a => a.Action == "promote"));
        Assert.Equal(7, summary.Audit.Count(a => a.Action == "register"));
        Assert.Equal(Enumerable.Range(1, 7).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), summary.Versions.Select(v => v.Version));
        Assert.Equal(7, summary.Versions.Select(v => v.Digest).Distinct().Count());
    }

    [Fact]
    public void LineageComesFromTheSchedulersEnvironmentContract()
    {
        var environment = new Dictionary<string, string?> { ["MLPLATFORM_JOB_ID"] = "job-7", ["MLPLATFORM_DATASET_DIGEST"] = "sha256:d", ["MLPLATFORM_CODE_COMMIT"] = " " };

        var lineage = LineageKeys.FromEnvironment(k => environment.GetValueOrDefault(k));

        Assert.Equal(new Dictionary<string, string> { [LineageKeys.TrainingJob] = "job-7", [LineageKeys.DatasetDigest] = "sha256:d" }, lineage);
    }

    private ModelRegistry Registry(out string root)
    {
        root = Path.Combine(_temp.Path, "store");
        return new ModelRegistry(new LocalDirectoryStore(root), _time);
    }

    private static Dictionary<string, double> Metrics(params (string Key, double Value)[] metrics) => metrics.ToDictionary(m => m.Key, m => m.Value);

    private static PromotionRequest Request(string model, string version, string alias, params string[] gates) =>
        new(model, version, alias, "alice", [.. gates.Select(GateExpression.Parse)]);
}
