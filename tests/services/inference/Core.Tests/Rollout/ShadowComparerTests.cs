using MlPlatform.Inference.Rollout;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Tests.Rollout;

public sealed class ShadowComparerTests
{
    [Fact]
    public void FloatOutputsWithinToleranceMatch()
    {
        var (match, diff, _) = ShadowComparer.Compare([InferTensor.FromSingles("y", [2], [1f, 2f])], [InferTensor.FromSingles("y", [2], [1.00001f, 2f])], 1e-4);

        Assert.True(match);
        Assert.True(diff > 0);
    }

    [Fact]
    public void FloatOutputsBeyondToleranceMismatchAndSayWhich()
    {
        var (match, diff, what) = ShadowComparer.Compare([InferTensor.FromSingles("y", [2], [1f, 2f])], [InferTensor.FromSingles("y", [2], [1f, 2.5f])], 1e-3);

        Assert.False(match);
        Assert.Equal(0.5, diff, 5);
        Assert.Contains("'y'", what, StringComparison.Ordinal);
    }

    [Fact]
    public void DifferentShapesMismatch()
    {
        Assert.False(ShadowComparer.Compare([InferTensor.FromSingles("y", [2], [1f, 2f])], [InferTensor.FromSingles("y", [1, 2], [1f, 2f])], 1).Match);
    }

    [Fact]
    public void ExactTypesMustBeEqual()
    {
        Assert.False(ShadowComparer.Compare([InferTensor.FromStrings("s", [1], ["a"])], [InferTensor.FromStrings("s", [1], ["b"])], 1).Match);
        Assert.True(ShadowComparer.Compare([InferTensor.FromStrings("s", [1], ["a"])], [InferTensor.FromStrings("s", [1], ["a"])], 0).Match);
    }
}
