using System.Text.Json;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Protocol;

/// <summary>
/// Reads one tensor object of an infer message (name, datatype, shape, and data as JSON or as a slice of the binary
/// section) and the typed entries of a <c>parameters</c> object; every problem names its field.
/// </summary>
internal static class OipTensorReader
{
    public static InferTensor Read(JsonElement input, string field, ReadOnlyMemory<byte> binary, ref int binaryOffset)
    {
        if (input.ValueKind != JsonValueKind.Object)
        {
            throw InferenceException.BadRequest(field, "must be a tensor object");
        }

        if (!input.TryGetProperty("name", out var nameElement) || nameElement.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(nameElement.GetString()))
        {
            throw InferenceException.BadRequest($"{field}.name", "is required and must be a non-empty string");
        }

        var name = nameElement.GetString()!;
        if (!input.TryGetProperty("datatype", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            throw InferenceException.BadRequest($"{field}.datatype", "is required (BOOL, INT32, INT64, FP16, FP32, FP64, BYTES, …)");
        }

        if (!TensorDataTypes.TryParse(typeElement.GetString(), out var dataType))
        {
            throw InferenceException.BadRequest($"{field}.datatype", $"'{typeElement.GetString()}' is not a supported datatype");
        }

        if (!input.TryGetProperty("shape", out var shapeElement) || shapeElement.ValueKind != JsonValueKind.Array)
        {
            throw InferenceException.BadRequest($"{field}.shape", "is required and must be an array of dimensions");
        }

        var shape = new long[shapeElement.GetArrayLength()];
        var d = 0;
        foreach (var dim in shapeElement.EnumerateArray())
        {
            if (dim.ValueKind != JsonValueKind.Number || !dim.TryGetInt64(out var value) || value < 0)
            {
                throw InferenceException.BadRequest($"{field}.shape[{d}]", "must be a non-negative integer");
            }

            shape[d++] = value;
        }

        if (!TensorDataTypes.TryGetElementCount(shape, out var count))
        {
            throw InferenceException.BadRequest($"{field}.shape", "describes more elements than can be addressed");
        }

        var binarySize = ReadInt64Parameter(input, "binary_data_size", $"{field}.parameters.binary_data_size");
        ReadOnlyMemory<byte> data;
        if (binarySize is { } size)
        {
            if (input.TryGetProperty("data", out _))
            {
                throw InferenceException.BadRequest($"{field}.data", "must be absent when parameters.binary_data_size is given");
            }

            if (size < 0 || size > binary.Length - binaryOffset)
            {
                throw InferenceException.BadRequest($"{field}.parameters.binary_data_size", $"is {size} but only {binary.Length - binaryOffset} binary bytes remain");
            }

            data = binary.Slice(binaryOffset, (int)size);
            binaryOffset += (int)size;
        }
        else
        {
            if (!input.TryGetProperty("data", out var dataElement))
            {
                throw InferenceException.BadRequest($"{field}.data", "is required (or parameters.binary_data_size with the binary extension)");
            }

            data = TensorJsonData.Decode(dataElement, dataType, shape, count.Value, $"{field}.data", name);
        }

        var tensor = new InferTensor(name, dataType, shape, data);
        var problem = tensor.Validate();
        return problem is null ? tensor : throw InferenceException.BadRequest(binarySize is null ? $"{field}.data" : $"{field}.parameters.binary_data_size", problem);
    }

    public static bool? ReadBoolParameter(JsonElement owner, string name, string field)
    {
        if (!owner.TryGetProperty("parameters", out var parameters))
        {
            return null;
        }

        if (parameters.ValueKind != JsonValueKind.Object)
        {
            throw InferenceException.BadRequest(field[..field.LastIndexOf('.')], "must be an object");
        }

        if (!parameters.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw InferenceException.BadRequest(field, "must be true or false"),
        };
    }

    private static long? ReadInt64Parameter(JsonElement owner, string name, string field)
    {
        if (!owner.TryGetProperty("parameters", out var parameters))
        {
            return null;
        }

        if (parameters.ValueKind != JsonValueKind.Object)
        {
            throw InferenceException.BadRequest(field[..field.LastIndexOf('.')], "must be an object");
        }

        if (!parameters.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var result)
            ? result
            : throw InferenceException.BadRequest(field, "must be an integer");
    }
}
