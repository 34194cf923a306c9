using MlPlatform.Inference.Tests.Support;

namespace MlPlatform.Inference.Bench.Tests;

public sealed class BenchOptionsTests : IDisposable
{
    private readonly TempDirectory _repo = new();

    public BenchOptionsTests() => _repo.Write("models/ocr-cls/1/model.onnx", [1]);

    [Fact]
    public void RepositoryJsonAndDurationAreRead()
    {
        var options = BenchOptions.Parse(["--repository", _repo.Path, "--json", "/tmp/out.json", "--seconds", "1.5"]);

        Assert.Equal(new BenchOptions(_repo.Path, "/tmp/out.json", TimeSpan.FromSeconds(1.5), BenchOptions.DefaultMaxBatch), options);
    }

    [Fact]
    public void MaxBatchIsRead()
    {
        Assert.Equal(16, BenchOptions.Parse(["--repository", _repo.Path, "--max-batch", "16"]).MaxBatch);
    }

    [Theory]
    [InlineData("--seconds", "0")]
    [InlineData("--seconds", "abc")]
    [InlineData("--speed", "1")]
    [InlineData("--max-batch", "1")]
    [InlineData("--max-batch", "257")]
    [InlineData("--max-batch", "eight")]
    public void InvalidArgumentsAreRejectedNamingThem(string name, string value)
    {
        var ex = Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--repository", _repo.Path, name, value]));

        Assert.Contains(name, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARepositoryWithoutTheClassifierIsRejected()
    {
        using var empty = new TempDirectory();

        Assert.Contains("ocr-cls", Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--repository", empty.Path])).Message, StringComparison.Ordinal);
    }

    public void Dispose() => _repo.Dispose();
}
