using MlPlatform.Inference.Repository;
using MlPlatform.Inference.Runtime;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Serving;

/// <summary>Synthesises the warm-up request for a model: zeros (empty strings for BYTES) in the metadata's warm-up shapes, dynamic dimensions otherwise 1.</summary>
public static class WarmupInputs
{
    /// <summary>One zero-filled tensor per model input.</summary>
    public static IReadOnlyList<InferTensor> Create(ModelSignature signature, ModelVersionMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(metadata);
        var inputs = new InferTensor[signature.Inputs.Count];
        for (var i = 0; i < inputs.Length; i++)
        {
            var spec = signature.Inputs[i];
            var shape = metadata.Warmup.TryGetValue(spec.Name, out var hint) && hint.Length == spec.Shape.Count
                ? (long[])hint.Clone()
                : spec.Shape.Select(d => d < 0 ? 1L : d).ToArray();
            var count = TensorDataTypes.TryGetElementCount(shape, out var c) ? c.Value : throw new InvalidDataException($"Warm-up shape of '{spec.Name}' is invalid.");
            var data = spec.DataType == TensorDataType.Bytes ? new byte[count * 4] : new byte[count * spec.DataType.ElementSize()];
            inputs[i] = new InferTensor(spec.Name, spec.DataType, shape, data);
        }

        return inputs;
    }
}
