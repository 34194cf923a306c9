namespace MlPlatform.Registry.Cli.Tests;

public sealed class ModelsCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mlp-models-cli-" + Guid.NewGuid().ToString("N"));

    public ModelsCommandTests() => Directory.CreateDirectory(_root);

    private string Store => Path.Combine(_root, "store");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task RegisterPrintsTheNewVersionAloneOnTheLastLine()
    {
        var (code, stdout, _) = await Run("register", Store, "resnet", Model("a", "w1"), "--lineage", "training_job=job-1,code_commit=abc123", "--metrics", "accuracy=0.93");

        Assert.Equal(0, code);
        Assert.Equal("1", stdout.TrimEnd().Split('\n')[^1]);
        var (_, lineage, _) = await Run("lineage", Store, "resnet", "1");
        Assert.Contains("lineage training_job = job-1", lineage, StringComparison.Ordinal);
        Assert.Contains("metric  accuracy = 0.93", lineage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LineageComesFromTheJobsEnvironmentWhenRunInsideAScheduledJob()
    {
        var environment = new Dictionary<string, string?> { ["MLPLATFORM_JOB_ID"] = "job-77", ["MLPLATFORM_DATASET_DIGEST"] = "sha256:feed" };

        await Run(environment, "register", Store, "m", Model("a", "w1"));
        var (_, json, _) = await Run("lineage", Store, "m", "1", "--json");

        Assert.Contains("\"training_job\": \"job-77\"", json, StringComparison.Ordinal);
        Assert.Contains("\"dataset_digest\": \"sha256:feed\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailedGateExitsOnePrintsEveryMeasuredValueAndMovesNothing()
    {
        await Run("register", Store, "m", Model("a", "w1"), "--metrics", "accuracy=0.90,loss=0.2");

        var (code, stdout, _) = await Run("promote", Store, "m", "1", "--to", "champion", "--gate", "accuracy>=0.92", "--gate", "loss<0.5");

        Assert.Equal(1, code);
        Assert.Contains("FAIL accuracy=0.9 (>=0.92)", stdout, StringComparison.Ordinal);
        Assert.Contains("PASS loss=0.2 (<0.5)", stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Store, "aliases", "m", "champion")));
    }

    [Fact]
    public async Task PromoteThroughACanarySnapshotThenRollBackInOneCommand()
    {
        await Run("register", Store, "m", Model("a", "w1"), "--metrics", "accuracy=0.90");
        await Run("register", Store, "m", Model("b", "w2"), "--metrics", "accuracy=0.94");
        Assert.Equal(0, (await Run("promote", Store, "m", "1", "--to", "champion")).Code);
        Assert.Equal(0, (await Run("promote", Store, "m", "2", "--to", "challenger")).Code);
        var snapshot = Path.Combine(_root, "metrics.txt");
        await File.WriteAllTextAsync(snapshot, """
            inference_requests_total{model="m",version="1",outcome="success"} 900
            inference_requests_total{model="m",version="2",outcome="success"} 300
            inference_request_duration_seconds_bucket{model="m",version="1",le="0.01"} 880
            inference_request_duration_seconds_bucket{model="m",version="1",le="+Inf"} 900
            inference_request_duration_seconds_bucket{model="m",version="2",le="0.01"} 294
            inference_request_duration_seconds_bucket{model="m",version="2",le="+Inf"} 300
            """);

        var promoted = await Run("promote", Store, "m", "2", "--to", "champion", "--gate", "accuracy>=0.92", "--canary-metrics", snapshot, "--reason", "better accuracy");
        var rolledBack = await Run("rollback", Store, "m", "--reason", "incident 12");
        var (_, show, _) = await Run("show", Store, "m");

        Assert.Equal(0, promoted.Code);
        Assert.Contains("PASS canary_requests=300", promoted.Stdout, StringComparison.Ordinal);
        Assert.Contains("promoted m: champion 1 → 2", promoted.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, rolledBack.Code);
        Assert.Contains("rolled back m: champion 2 → 1", rolledBack.Stdout, StringComparison.Ordinal);
        Assert.Equal("1", await File.ReadAllTextAsync(Path.Combine(Store, "aliases", "m", "stable")));
        Assert.Contains("rollback champion 2 → 1  (incident 12)", show, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error: model 'm' is not registered in", "promote", "{store}", "m", "1", "--to", "champion")]
    [InlineData("error: gate 'accuracy=>1' does not parse", "promote", "{store}", "m", "1", "--to", "champion", "--gate", "accuracy=>1")]
    [InlineData("error: store 'gs://bucket' is not a directory, s3://bucket/prefix or az://account/container/prefix", "show", "gs://bucket", "m")]
    [InlineData("error: store 's3://' is missing its bucket", "show", "s3://", "m")]
    [InlineData("error: --canary-metrics /nonexistent/metrics.txt: no such file", "promote", "{store}", "m", "1", "--to", "champion", "--canary-metrics", "/nonexistent/metrics.txt")]
    [InlineData("error: unknown option --force", "rollback", "{store}", "m", "--force")]
    [InlineData("error: --metrics accuracy=high: the value is not a finite number", "register", "{store}", "m", "{store}", "--metrics", "accuracy=high")]
    [InlineData("error: unknown command 'deploy'", "deploy")]
    public async Task BadInputIsOneLineAndExitTwo(string expected, params string[] args)
    {
        var (code, _, stderr) = await Run([.. args.Select(a => a.Replace("{store}", Store, StringComparison.Ordinal))]);

        Assert.Equal(2, code);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.StartsWith(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreachableCanaryEndpointIsBadInputNotAPromotion()
    {
        await Run("register", Store, "m", Model("a", "w1"));

        var (code, _, stderr) = await Run("promote", Store, "m", "1", "--to", "champion", "--canary-metrics", "http://127.0.0.1:9/metrics");

        Assert.Equal(2, code);
        Assert.StartsWith("error: --canary-metrics http://127.0.0.1:9/metrics:", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Store, "aliases", "m", "champion")));
    }

    private string Model(string name, string content)
    {
        var folder = Path.Combine(_root, "src", name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "model.onnx"), content);
        return folder;
    }

    private static Task<(int Code, string Stdout, string Stderr)> Run(params string[] args) => Run(new Dictionary<string, string?>(), args);

    private static async Task<(int Code, string Stdout, string Stderr)> Run(Dictionary<string, string?> environment, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await ModelsCommand.RunAsync(args, stdout, stderr, k => environment.GetValueOrDefault(k));
        return (code, stdout.ToString(), stderr.ToString());
    }
}
