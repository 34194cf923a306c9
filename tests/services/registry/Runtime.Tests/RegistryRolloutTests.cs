using MlPlatform.Inference.Api.Tests.Support;
using MlPlatform.Inference.Tensors;
using MlPlatform.Inference.Tests.Support;

namespace MlPlatform.Registry.Runtime.Tests;

/// <summary>
/// The registry driving the real inference runtime over one model store: register two versions with lineage, promote the
/// second to challenger, run a canary through the runtime, promote it to champion through the offline gates and the
/// runtime's own canary metrics, roll back — every step in the audit log, every alias move a hot swap.
/// </summary>
public sealed class RegistryRolloutTests : IDisposable
{
    private readonly TempDirectory _work = new();
    private readonly string _model = "m" + Guid.NewGuid().ToString("N")[..8];

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task RegisterCanaryPromoteAndRollBackAgainstTheRunningRuntime()
    {
        var store = Path.Combine(_work.Path, "store");
        var registry = new ModelRegistry(new LocalDirectoryStore(store));
        var lineage = new Dictionary<string, string> { [LineageKeys.TrainingJob] = "job-1", [LineageKeys.DatasetDigest] = "sha256:" + new string('a', 64) };
        var v1 = await registry.RegisterAsync(_model, Model("v1", "Identity"), lineage, new Dictionary<string, double> { ["accuracy"] = 0.90 }, "ci");
        var v2 = await registry.RegisterAsync(_model, Model("v2", "Neg"), lineage, new Dictionary<string, double> { ["accuracy"] = 0.95 }, "ci");
        Assert.True((await registry.PromoteAsync(Promote("1", RegistryLayout.Champion))).Promoted);
        await using var runtime = new InferenceApiFactory(store, new Dictionary<string, string?> { ["Inference:Routing:CanaryWeight"] = "0.5" });
        using var client = await runtime.ReadyClientAsync();

        Assert.True((await registry.PromoteAsync(Promote("2", RegistryLayout.Challenger))).Promoted);
        await Load(client);
        var served = new List<string>();
        for (var i = 0; i < 400; i++)
        {
            served.Add((await Oip.ReadAsync(await Infer(client))).ModelVersion!);
        }

        var metrics = PrometheusText.Parse(await client.GetStringAsync(new Uri("/metrics", UriKind.Relative)), "runtime /metrics");
        var promotion = await registry.PromoteAsync(Promote("2", RegistryLayout.Champion, metrics, "accuracy>=0.92"));
        await Load(client);
        var afterPromotion = await Stable(client);
        var rollback = await registry.RollbackAsync(_model, "oncall", "error budget");
        await Load(client);
        var afterRollback = await Stable(client);

        Assert.InRange(served.Count(v => v == "2"), 100, 300);
        Assert.True(promotion.Promoted, string.Join("; ", promotion.Gates));
        Assert.Contains(promotion.Gates, g => g.Name == "canary_requests" && g.Passed);
        Assert.Contains(promotion.Gates, g => g.Name == "accuracy" && g.Measured == "0.95");
        Assert.Equal("2", afterPromotion);
        Assert.Equal(("2", "1"), (rollback.From, rollback.To));
        Assert.Equal("1", afterRollback);
        var summary = await registry.ShowAsync(_model);
        Assert.Equal(["register", "register", "promote", "promote", "promote", "rollback"], summary.Audit.Select(a => a.Action).ToArray());
        Assert.Equal("job-1", (await registry.LineageAsync(_model, v2.Record.Version)).Lineage[LineageKeys.TrainingJob]);
        Assert.NotEqual(v1.Record.Digest, v2.Record.Digest);
    }

    [Fact]
    public async Task AChallengerThatFailsInTheRuntimeIsNotPromoted()
    {
        var store = Path.Combine(_work.Path, "store");
        var registry = new ModelRegistry(new LocalDirectoryStore(store));
        await registry.RegisterAsync(_model, Model("v1", "Identity"), new Dictionary<string, string>(), new Dictionary<string, double>(), "ci");
        await registry.RegisterAsync(_model, Model("v2", "Neg"), new Dictionary<string, string>(), new Dictionary<string, double>(), "ci");
        await registry.PromoteAsync(Promote("1", RegistryLayout.Champion));
        await registry.PromoteAsync(Promote("2", RegistryLayout.Challenger));
        await using var runtime = new InferenceApiFactory(store, new Dictionary<string, string?> { ["Inference:Routing:CanaryWeight"] = "0.5" });
        using var client = await runtime.ReadyClientAsync();
        await Load(client);

        // Too little canary traffic is no evidence: the gate fails and the champion stays.
        for (var i = 0; i < 10; i++)
        {
            using var response = await Infer(client);
        }

        var metrics = PrometheusText.Parse(await client.GetStringAsync(new Uri("/metrics", UriKind.Relative)), "runtime /metrics");
        var promotion = await registry.PromoteAsync(Promote("2", RegistryLayout.Champion, metrics));

        Assert.False(promotion.Promoted);
        Assert.Contains(promotion.Gates, g => g.Name == "canary_requests" && !g.Passed);
        Assert.Equal("1", File.ReadAllText(Path.Combine(store, "aliases", _model, "stable")));
    }

    private string Model(string name, string op)
    {
        var folder = Path.Combine(_work.Path, "src", name);
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "model.onnx"), OnnxModelBuilder.Build(op, [("x", OnnxModelBuilder.Fp32, [-1, 2])], [("y", OnnxModelBuilder.Fp32, [-1, 2])]));
        return folder;
    }

    // The runtime's metrics live in one process-wide registry: each test has its own model name. On two shared cores a
    // tiny model's p95 is scheduling noise, so the floor under which a p95 regression never fails is raised here.
    private PromotionRequest Promote(string version, string alias, IReadOnlyList<PrometheusSample>? metrics = null, params string[] gates) =>
        new(_model, version, alias, "alice", [.. gates.Select(GateExpression.Parse)], metrics) { Tolerances = new CanaryTolerances(P95FloorSeconds: 0.25) };

    private async Task Load(HttpClient client)
    {
        using var response = await client.PostAsync(new Uri($"/v2/repository/models/{_model}/load", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
    }

    private Task<HttpResponseMessage> Infer(HttpClient client) =>
        client.PostAsync(new Uri($"/v2/models/{_model}/infer", UriKind.Relative), Oip.Content([InferTensor.FromSingles("x", [1, 2], [1f, 2f])], binary: true, binaryOutputs: true));

    // The version the runtime serves by default now.
    private async Task<string?> Stable(HttpClient client)
    {
        var routing = await client.GetStringAsync(new Uri($"/v2/models/{_model}/routing", UriKind.Relative));
        using var document = System.Text.Json.JsonDocument.Parse(routing);
        return document.RootElement.GetProperty("stable").GetString();
    }
}
