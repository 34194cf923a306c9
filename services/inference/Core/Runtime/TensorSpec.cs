using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Runtime;

/// <summary>A model input or output as the model declares it.</summary>
/// <param name="Name">The tensor name.</param>
/// <param name="DataType">The element type.</param>
/// <param name="Shape">The dimensions; -1 marks a dynamic dimension.</param>
/// <param name="DimensionNames">
/// The symbolic name of each dynamic dimension (ONNX <c>dim_param</c>, e.g. <c>batch</c>), empty where the model names none.
/// Two inputs whose dimensions share a name must agree on its size.
/// </param>
public sealed record TensorSpec(string Name, TensorDataType DataType, IReadOnlyList<long> Shape, IReadOnlyList<string>? DimensionNames = null)
{
    /// <summary>True when the first dimension is dynamic, so requests can be stacked along it.</summary>
    public bool HasDynamicBatchDimension => Shape.Count > 0 && Shape[0] < 0;

    /// <summary>The symbolic name of dimension <paramref name="index"/>, or null when it has none.</summary>
    public string? DimensionName(int index) =>
        DimensionNames is { } names && index < names.Count && Shape[index] < 0 && !string.IsNullOrEmpty(names[index]) ? names[index] : null;
}
