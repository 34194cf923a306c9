using MlPlatform.Inference.Protocol;
using MlPlatform.Inference.Runtime;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Serving;

/// <summary>Checks a decoded request against the model's signature and puts its inputs in model order.</summary>
public static class RequestValidator
{
    /// <summary>Returns the inputs in model order and the requested output names (model order when none were asked for: empty).</summary>
    /// <exception cref="InferenceException">A 400 naming the field: unknown, missing or duplicate input, wrong datatype, rank or dimension, unknown output.</exception>
    public static (IReadOnlyList<InferTensor> Inputs, IReadOnlyList<string> Outputs) Validate(ModelSignature signature, InferenceRequest request)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(request);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < request.Inputs.Count; i++)
        {
            var name = request.Inputs[i].Name;
            if (!signature.Inputs.Any(s => s.Name == name))
            {
                throw InferenceException.BadRequest($"inputs[{i}].name", $"'{name}' is not an input of the model (inputs: {string.Join(", ", signature.Inputs.Select(s => s.Name))})");
            }

            if (!positions.TryAdd(name, i))
            {
                throw InferenceException.BadRequest($"inputs[{i}].name", $"'{name}' appears more than once");
            }
        }

        var ordered = new InferTensor[signature.Inputs.Count];
        long? batch = null;
        var batchField = string.Empty;
        var named = new Dictionary<string, (long Size, string Field)>(StringComparer.Ordinal);
        for (var s = 0; s < signature.Inputs.Count; s++)
        {
            var spec = signature.Inputs[s];
            if (!positions.TryGetValue(spec.Name, out var i))
            {
                throw InferenceException.BadRequest("inputs", $"input '{spec.Name}' ({spec.DataType.ToProtocolName()} [{Dims(spec.Shape)}]) is missing");
            }

            var tensor = request.Inputs[i];
            var field = $"inputs[{i}]";
            if (tensor.DataType != spec.DataType)
            {
                throw InferenceException.BadRequest($"{field}.datatype", $"is {tensor.DataType.ToProtocolName()} but input '{spec.Name}' takes {spec.DataType.ToProtocolName()}");
            }

            if (tensor.Shape.Length != spec.Shape.Count)
            {
                throw InferenceException.BadRequest($"{field}.shape", $"has {tensor.Shape.Length} dimensions but input '{spec.Name}' takes {spec.Shape.Count} ([{Dims(spec.Shape)}])");
            }

            for (var d = 0; d < tensor.Shape.Length; d++)
            {
                if (spec.Shape[d] >= 0 && tensor.Shape[d] != spec.Shape[d])
                {
                    throw InferenceException.BadRequest($"{field}.shape[{d}]", $"is {tensor.Shape[d]} but input '{spec.Name}' needs {spec.Shape[d]} ([{Dims(spec.Shape)}])");
                }

                if (spec.Shape[d] < 0 && tensor.Shape[d] == 0)
                {
                    throw InferenceException.BadRequest($"{field}.shape[{d}]", $"must be at least 1 (dynamic dimension of input '{spec.Name}')");
                }

                // The model names the dimension (ONNX dim_param): inputs sharing the name must agree, or the runtime
                // fails deep inside the graph with an error that reads like a model fault.
                if (spec.DimensionName(d) is { } dimension)
                {
                    if (named.TryGetValue(dimension, out var seen) && seen.Size != tensor.Shape[d])
                    {
                        throw InferenceException.BadRequest($"{field}.shape[{d}]", $"is {tensor.Shape[d]} but {seen.Field} is {seen.Size}: dimension '{dimension}' of input '{spec.Name}' must be the same size in every input");
                    }

                    named.TryAdd(dimension, (tensor.Shape[d], $"{field}.shape[{d}]"));
                }
            }

            if (signature.SupportsBatching)
            {
                if (batch is { } b && b != tensor.Shape[0])
                {
                    throw InferenceException.BadRequest($"{field}.shape[0]", $"is {tensor.Shape[0]} but {batchField} is {b}: every input needs the same batch size");
                }

                batch = tensor.Shape[0];
                batchField = $"{field}.shape[0]";
            }

            ordered[s] = tensor;
        }

        var outputs = new string[request.Outputs.Count];
        for (var o = 0; o < request.Outputs.Count; o++)
        {
            var name = request.Outputs[o].Name;
            if (!signature.Outputs.Any(x => x.Name == name))
            {
                throw InferenceException.BadRequest($"outputs[{o}].name", $"'{name}' is not an output of the model (outputs: {string.Join(", ", signature.Outputs.Select(x => x.Name))})");
            }

            if (Array.IndexOf(outputs, name, 0, o) >= 0)
            {
                throw InferenceException.BadRequest($"outputs[{o}].name", $"'{name}' is requested more than once");
            }

            outputs[o] = name;
        }

        return (ordered, outputs);
    }

    private static string Dims(IReadOnlyList<long> shape) => string.Join(",", shape);
}
