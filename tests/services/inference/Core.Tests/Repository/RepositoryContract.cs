using MlPlatform.Inference.Repository;

namespace MlPlatform.Inference.Tests.Repository;

/// <summary>The layout every back-end must read the same way; each back-end test feeds it these objects.</summary>
internal static class RepositoryContract
{
    public static readonly IReadOnlyDictionary<string, byte[]> Objects = new Dictionary<string, byte[]>
    {
        ["models/cls/1/model.onnx"] = [1, 2, 3],
        ["models/cls/1/metadata.json"] = "{\"description\":\"first\",\"warmup\":{\"x\":[1,3,48,192]}}"u8.ToArray(),
        ["models/cls/2/model.onnx"] = [4, 5, 6, 7],
        ["models/cls/10/model.onnx"] = [8],
        ["models/cls/broken/metadata.json"] = "{}"u8.ToArray(),
        ["models/det/1/model.onnx"] = [9],
        ["aliases/cls/stable"] = "2\n"u8.ToArray(),
        ["aliases/cls/canary"] = "10"u8.ToArray(),
    };

    public static async Task AssertReadsTheLayoutAsync(IModelRepository repository)
    {
        Assert.Equal(["cls", "det"], await repository.ListModelsAsync());
        Assert.Equal(["1", "2", "10"], await repository.ListVersionsAsync("cls"));
        var aliases = await repository.ReadAliasesAsync("cls");
        Assert.Equal("2", aliases["stable"]);
        Assert.Equal("10", aliases["canary"]);
        Assert.Empty(await repository.ReadAliasesAsync("det"));
        var metadata = await repository.ReadMetadataAsync("cls", "1");
        Assert.Equal("first", metadata.Description);
        Assert.Equal([1L, 3, 48, 192], metadata.Warmup["x"]);
        Assert.Same(ModelVersionMetadata.Empty, await repository.ReadMetadataAsync("cls", "2"));
        var path = await repository.GetModelFileAsync("cls", "2");
        Assert.Equal([4, 5, 6, 7], await File.ReadAllBytesAsync(path));
    }
}
