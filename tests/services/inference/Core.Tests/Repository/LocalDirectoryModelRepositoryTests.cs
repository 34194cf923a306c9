using MlPlatform.Inference.Repository;
using MlPlatform.Inference.Tests.Support;

namespace MlPlatform.Inference.Tests.Repository;

public sealed class LocalDirectoryModelRepositoryTests
{
    [Fact]
    public async Task ReadsModelsVersionsAliasesAndMetadataFromTheLayout()
    {
        using var dir = new TempDirectory();
        foreach (var (key, content) in RepositoryContract.Objects)
        {
            dir.Write(key, content);
        }

        await RepositoryContract.AssertReadsTheLayoutAsync(new LocalDirectoryModelRepository(dir.Path));
    }

    [Fact]
    public void AMissingDirectoryIsRejectedNamingIt()
    {
        var ex = Assert.Throws<DirectoryNotFoundException>(() => new LocalDirectoryModelRepository("/nonexistent/models-here"));

        Assert.Contains("/nonexistent/models-here", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamesThatEscapeTheLayoutAreRefused()
    {
        using var dir = new TempDirectory();

        await Assert.ThrowsAsync<ArgumentException>(() => new LocalDirectoryModelRepository(dir.Path).GetModelFileAsync("..", "1"));
    }

    [Fact]
    public async Task MalformedMetadataIsReportedWithItsPath()
    {
        using var dir = new TempDirectory();
        dir.Write("models/m/1/model.onnx", [1]);
        dir.Write("models/m/1/metadata.json", "{not json");

        var ex = await Assert.ThrowsAsync<InvalidDataException>(() => new LocalDirectoryModelRepository(dir.Path).ReadMetadataAsync("m", "1"));

        Assert.Contains("metadata.json", ex.Message, StringComparison.Ordinal);
    }
}
