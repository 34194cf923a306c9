using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Runtime;

/// <summary>A model input or output as the model declares it.</summary>
/// <param name="Name">The tensor name.</param>
/// <param name="DataType">The element type.</param>
/// <param name="Shape">The dimensions; -1 marks a dynamic dimension.</param>
public sealed record TensorSpec(string Name, TensorDataType DataType, IReadOnlyList<long> Shape)
{
    /// <summary>True when the first dimension is dynamic, so requests can be stacked along it.</summary>
    public bool HasDynamicBatchDimension => Shape.Count > 0 && Shape[0] < 0;
}
