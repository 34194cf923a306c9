using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Bench;

/// <summary>The benchmark input: the classifier's [N,3,48,192] FP32 text-line crop, a fixed pattern.</summary>
public static class ClassifierInput
{
    /// <summary>A batch of <paramref name="rows"/> crops.</summary>
    public static InferTensor Create(int rows)
    {
        var values = new float[rows * 3 * 48 * 192];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ((i * 31) % 101 / 101f) - 0.5f;
        }

        return InferTensor.FromSingles("x", [rows, 3, 48, 192], values);
    }
}
