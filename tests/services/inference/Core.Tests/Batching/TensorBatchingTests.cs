using MlPlatform.Inference.Batching;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Tests.Batching;

public sealed class TensorBatchingTests
{
    [Fact]
    public void ConcatStacksAlongTheBatchAxisAndSplitRestoresEachRequest()
    {
        IReadOnlyList<InferTensor> a = [InferTensor.FromSingles("x", [1, 2], [1, 2])];
        IReadOnlyList<InferTensor> b = [InferTensor.FromSingles("x", [2, 2], [3, 4, 5, 6])];

        var batched = TensorBatching.Concat([a, b]);

        Assert.Equal([3L, 2L], batched[0].Shape);
        Assert.Equal([1f, 2f, 3f, 4f, 5f, 6f], batched[0].ToSingles());
        var split = TensorBatching.Split(batched, [1, 2]);
        Assert.Equal([1f, 2f], split[0][0].ToSingles());
        Assert.Equal([1L, 2L], split[0][0].Shape);
        Assert.Equal([3f, 4f, 5f, 6f], split[1][0].ToSingles());
        Assert.Equal([2L, 2L], split[1][0].Shape);
    }

    [Fact]
    public void BytesTensorsSplitOnElementBoundaries()
    {
        var output = InferTensor.FromStrings("s", [3, 2], ["a", "bb", "", "ccc", "d", "ee"]);

        var split = TensorBatching.Split([output], [2, 1]);

        Assert.Equal(["a", "bb", "", "ccc"], split[0][0].ToByteElements().Select(e => System.Text.Encoding.UTF8.GetString(e.Span)));
        Assert.Equal(["d", "ee"], split[1][0].ToByteElements().Select(e => System.Text.Encoding.UTF8.GetString(e.Span)));
    }

    [Fact]
    public void RequestsWithDifferentNonBatchDimensionsGetDifferentKeys()
    {
        var narrow = TensorBatching.CompatibilityKey([InferTensor.FromSingles("x", [1, 2], [1, 2])], []);
        var wide = TensorBatching.CompatibilityKey([InferTensor.FromSingles("x", [1, 3], [1, 2, 3])], []);
        var tall = TensorBatching.CompatibilityKey([InferTensor.FromSingles("x", [2, 2], [1, 2, 3, 4])], []);
        var otherOutputs = TensorBatching.CompatibilityKey([InferTensor.FromSingles("x", [1, 2], [1, 2])], ["y"]);

        Assert.NotEqual(narrow, wide);
        Assert.Equal(narrow, tall);
        Assert.NotEqual(narrow, otherOutputs);
    }

    [Fact]
    public void SplitRefusesAnOutputWhoseBatchDimensionDoesNotMatch()
    {
        Assert.Throws<InvalidOperationException>(() => TensorBatching.Split([InferTensor.FromSingles("y", [2, 1], [1, 2])], [1, 2]));
    }
}
