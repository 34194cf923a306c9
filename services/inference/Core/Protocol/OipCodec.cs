using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Protocol;

/// <summary>
/// Decodes and encodes Open Inference Protocol v2 infer messages: JSON tensors and the binary tensor data extension
/// (a JSON header of <c>Inference-Header-Content-Length</c> bytes followed by the raw tensors).
/// </summary>
public static class OipCodec
{
    /// <summary>The header that carries the JSON header length of a binary message.</summary>
    public const string HeaderLengthHeader = "Inference-Header-Content-Length";

    /// <summary>Decodes a request body; <paramref name="jsonHeaderLength"/> is the header value, or null for a pure JSON body.</summary>
    /// <exception cref="InferenceException">The body is malformed; the exception names the field.</exception>
    public static InferenceRequest DecodeRequest(ReadOnlyMemory<byte> body, long? jsonHeaderLength)
    {
        if (jsonHeaderLength is { } length && (length < 0 || length > body.Length))
        {
            throw InferenceException.BadRequest(HeaderLengthHeader, $"header says the JSON part is {length} bytes but the body has {body.Length}");
        }

        var json = jsonHeaderLength is { } l ? body[..(int)l] : body;
        var binary = jsonHeaderLength is { } b ? body[(int)b..] : ReadOnlyMemory<byte>.Empty;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw InferenceException.BadRequest("body", $"is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw InferenceException.BadRequest("body", "must be a JSON object");
            }

            string? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                id = idElement.ValueKind == JsonValueKind.String
                    ? idElement.GetString()
                    : throw InferenceException.BadRequest("id", "must be a string");
            }

            var binaryDefault = ReadBoolParameter(root, "binary_data_output", "parameters.binary_data_output") ?? false;
            if (!root.TryGetProperty("inputs", out var inputsElement) || inputsElement.ValueKind != JsonValueKind.Array)
            {
                throw InferenceException.BadRequest("inputs", "is required and must be an array of tensors");
            }

            var inputs = new List<InferTensor>(inputsElement.GetArrayLength());
            var names = new HashSet<string>(StringComparer.Ordinal);
            var binaryOffset = 0;
            var index = 0;
            foreach (var input in inputsElement.EnumerateArray())
            {
                var tensor = DecodeInput(input, $"inputs[{index}]", binary, ref binaryOffset);
                if (!names.Add(tensor.Name))
                {
                    throw InferenceException.BadRequest($"inputs[{index}].name", $"'{tensor.Name}' appears more than once");
                }

                inputs.Add(tensor);
                index++;
            }

            if (binaryOffset != binary.Length)
            {
                throw InferenceException.BadRequest("body", $"has {binary.Length - binaryOffset} binary bytes that no input's binary_data_size accounts for");
            }

            var outputs = new List<RequestedOutput>();
            if (root.TryGetProperty("outputs", out var outputsElement))
            {
                if (outputsElement.ValueKind != JsonValueKind.Array)
                {
                    throw InferenceException.BadRequest("outputs", "must be an array");
                }

                var o = 0;
                foreach (var output in outputsElement.EnumerateArray())
                {
                    var field = $"outputs[{o}]";
                    if (output.ValueKind != JsonValueKind.Object || !output.TryGetProperty("name", out var n) || n.ValueKind != JsonValueKind.String)
                    {
                        throw InferenceException.BadRequest($"{field}.name", "is required and must be a string");
                    }

                    var wantsBinary = ReadBoolParameter(output, "binary_data", $"{field}.parameters.binary_data") ?? binaryDefault;
                    outputs.Add(new RequestedOutput(n.GetString()!, wantsBinary));
                    o++;
                }
            }

            return new InferenceRequest(id, inputs, outputs, binaryDefault);
        }
    }

    /// <summary>Encodes a response: JSON, or JSON header + binary section when any output is binary.</summary>
    public static EncodedResponse EncodeResponse(InferenceResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var buffer = new ArrayBufferWriter<byte>(256);
        var binaryParts = new List<ReadOnlyMemory<byte>>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("model_name", response.ModelName);
            writer.WriteString("model_version", response.ModelVersion);
            if (response.Id is not null)
            {
                writer.WriteString("id", response.Id);
            }

            writer.WriteStartArray("outputs");
            foreach (var output in response.Outputs)
            {
                writer.WriteStartObject();
                writer.WriteString("name", output.Name);
                writer.WriteString("datatype", output.DataType.ToProtocolName());
                writer.WriteStartArray("shape");
                foreach (var dim in output.Shape)
                {
                    writer.WriteNumberValue(dim);
                }

                writer.WriteEndArray();
                if (response.BinaryOutputs.Contains(output.Name))
                {
                    writer.WriteStartObject("parameters");
                    writer.WriteNumber("binary_data_size", output.Data.Length);
                    writer.WriteEndObject();
                    binaryParts.Add(output.Data);
                }
                else
                {
                    writer.WritePropertyName("data");
                    WriteJsonData(writer, output);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        if (binaryParts.Count == 0)
        {
            return new EncodedResponse(buffer.WrittenMemory, null);
        }

        var headerLength = buffer.WrittenCount;
        foreach (var part in binaryParts)
        {
            buffer.Write(part.Span);
        }

        return new EncodedResponse(buffer.WrittenMemory, headerLength);
    }

    /// <summary>Encodes a request (the client side: tests and the benchmark use it).</summary>
    public static EncodedResponse EncodeRequest(IReadOnlyList<InferTensor> inputs, bool binaryInputs, bool binaryOutputs, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (id is not null)
            {
                writer.WriteString("id", id);
            }

            if (binaryOutputs)
            {
                writer.WriteStartObject("parameters");
                writer.WriteBoolean("binary_data_output", true);
                writer.WriteEndObject();
            }

            writer.WriteStartArray("inputs");
            foreach (var input in inputs)
            {
                writer.WriteStartObject();
                writer.WriteString("name", input.Name);
                writer.WriteString("datatype", input.DataType.ToProtocolName());
                writer.WriteStartArray("shape");
                foreach (var dim in input.Shape)
                {
                    writer.WriteNumberValue(dim);
                }

                writer.WriteEndArray();
                if (binaryInputs)
                {
                    writer.WriteStartObject("parameters");
                    writer.WriteNumber("binary_data_size", input.Data.Length);
                    writer.WriteEndObject();
                }
                else
                {
                    writer.WritePropertyName("data");
                    WriteJsonData(writer, input);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        if (!binaryInputs)
        {
            return new EncodedResponse(buffer.WrittenMemory, null);
        }

        var headerLength = buffer.WrittenCount;
        foreach (var input in inputs)
        {
            buffer.Write(input.Data.Span);
        }

        return new EncodedResponse(buffer.WrittenMemory, headerLength);
    }

    /// <summary>Decodes a response body (the client side).</summary>
    public static InferenceResponse DecodeResponse(ReadOnlyMemory<byte> body, long? jsonHeaderLength)
    {
        var json = jsonHeaderLength is { } l ? body[..(int)l] : body;
        var binary = jsonHeaderLength is { } b ? body[(int)b..] : ReadOnlyMemory<byte>.Empty;
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var outputs = new List<InferTensor>();
        var binaryNames = new HashSet<string>(StringComparer.Ordinal);
        var offset = 0;
        var index = 0;
        foreach (var output in root.GetProperty("outputs").EnumerateArray())
        {
            var tensor = DecodeInput(output, $"outputs[{index++}]", binary, ref offset);
            if (output.TryGetProperty("parameters", out var p) && p.TryGetProperty("binary_data_size", out _))
            {
                binaryNames.Add(tensor.Name);
            }

            outputs.Add(tensor);
        }

        return new InferenceResponse(
            root.GetProperty("model_name").GetString()!,
            root.GetProperty("model_version").GetString()!,
            root.TryGetProperty("id", out var id) ? id.GetString() : null,
            outputs,
            binaryNames);
    }

    private static InferTensor DecodeInput(JsonElement input, string field, ReadOnlyMemory<byte> binary, ref int binaryOffset)
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

            data = DecodeJsonData(dataElement, dataType, shape, count.Value, $"{field}.data", name);
        }

        var tensor = new InferTensor(name, dataType, shape, data);
        var problem = tensor.Validate();
        return problem is null ? tensor : throw InferenceException.BadRequest(binarySize is null ? $"{field}.data" : $"{field}.parameters.binary_data_size", problem);
    }

    private static ReadOnlyMemory<byte> DecodeJsonData(JsonElement data, TensorDataType type, long[] shape, long expectedCount, string field, string name)
    {
        if (data.ValueKind != JsonValueKind.Array)
        {
            throw InferenceException.BadRequest(field, $"of input '{name}' must be an array");
        }

        var values = new List<JsonElement>();
        if (IsNested(data))
        {
            // Nested data must have the shape's structure exactly: a ragged array whose element count happens to match
            // would otherwise be read in a silently different order.
            FlattenNested(data, values, shape, 0, field, name);
        }
        else
        {
            foreach (var item in data.EnumerateArray())
            {
                values.Add(item);
                if (values.Count > expectedCount)
                {
                    throw InferenceException.BadRequest(field, $"of input '{name}' holds more elements than the {expectedCount} the shape allows");
                }
            }
        }

        if (values.Count != expectedCount)
        {
            throw InferenceException.BadRequest(field, $"of input '{name}' holds {values.Count} elements but the shape needs {expectedCount}");
        }

        if (type == TensorDataType.Bytes)
        {
            using var stream = new MemoryStream();
            Span<byte> prefix = stackalloc byte[4];
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i].ValueKind != JsonValueKind.String)
                {
                    throw InferenceException.BadRequest($"{field}[{i}]", $"of input '{name}' must be a string for BYTES");
                }

                var utf8 = Encoding.UTF8.GetBytes(values[i].GetString()!);
                BinaryPrimitives.WriteInt32LittleEndian(prefix, utf8.Length);
                stream.Write(prefix);
                stream.Write(utf8);
            }

            return stream.ToArray();
        }

        var size = type.ElementSize();
        var bytes = new byte[values.Count * size];
        for (var i = 0; i < values.Count; i++)
        {
            if (!TryWriteElement(values[i], type, bytes.AsSpan(i * size, size), out var outOfRange))
            {
                throw InferenceException.BadRequest(
                    $"{field}[{i}]",
                    outOfRange
                        ? $"of input '{name}' is {values[i].GetRawText()}, outside the {type.ToProtocolName()} range"
                        : $"of input '{name}' is not a valid {type.ToProtocolName()} value");
            }
        }

        return bytes;
    }

    private static bool IsNested(JsonElement array)
    {
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Array)
            {
                return true;
            }
        }

        return false;
    }

    private static void FlattenNested(JsonElement array, List<JsonElement> values, long[] shape, int depth, string path, string name)
    {
        if (depth >= shape.Length)
        {
            throw InferenceException.BadRequest(path, $"of input '{name}' nests deeper than the shape's {shape.Length} dimensions");
        }

        var length = array.GetArrayLength();
        if (length != shape[depth])
        {
            throw InferenceException.BadRequest(path, $"of input '{name}' is ragged: it holds {length} items where dimension {depth} of shape [{string.Join(",", shape)}] needs {shape[depth]}");
        }

        var last = depth == shape.Length - 1;
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = $"{path}[{i++}]";
            if (last)
            {
                if (item.ValueKind == JsonValueKind.Array)
                {
                    throw InferenceException.BadRequest(itemPath, $"of input '{name}' nests deeper than the shape's {shape.Length} dimensions");
                }

                values.Add(item);
            }
            else if (item.ValueKind != JsonValueKind.Array)
            {
                throw InferenceException.BadRequest(itemPath, $"of input '{name}' is ragged: a value where dimension {depth + 1} of shape [{string.Join(",", shape)}] needs an array");
            }
            else
            {
                FlattenNested(item, values, shape, depth + 1, itemPath, name);
            }
        }
    }

    private static bool TryWriteElement(JsonElement value, TensorDataType type, Span<byte> target, out bool outOfRange)
    {
        outOfRange = false;
        switch (type)
        {
            case TensorDataType.Bool:
                if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    target[0] = value.GetBoolean() ? (byte)1 : (byte)0;
                    return true;
                }

                if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var flag) && flag is 0 or 1)
                {
                    target[0] = (byte)flag;
                    return true;
                }

                return false;
            case TensorDataType.U8:
                if (value.ValueKind == JsonValueKind.Number && value.TryGetByte(out var u8)) { target[0] = u8; return true; }
                return false;
            case TensorDataType.I8:
                if (value.ValueKind == JsonValueKind.Number && value.TryGetSByte(out var i8)) { target[0] = unchecked((byte)i8); return true; }
                return false;
            case TensorDataType.I16:
                if (value.ValueKind == JsonValueKind.Number && value.TryGetInt16(out var i16)) { BinaryPrimitives.WriteInt16LittleEndian(target, i16); return true; }
                return false;
            case TensorDataType.I32:
                if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var i32)) { BinaryPrimitives.WriteInt32LittleEndian(target, i32); return true; }
                return false;
            case TensorDataType.I64:
                if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var i64)) { BinaryPrimitives.WriteInt64LittleEndian(target, i64); return true; }
                return false;
            case TensorDataType.Fp16:
                if (TryGetFloating(value, out var h))
                {
                    // A finite number the type cannot hold would silently become infinity.
                    outOfRange = double.IsFinite(h) && !Half.IsFinite((Half)h);
                    BinaryPrimitives.WriteHalfLittleEndian(target, (Half)h);
                    return !outOfRange;
                }

                outOfRange = value.ValueKind == JsonValueKind.Number;
                return false;
            case TensorDataType.Fp32:
                if (TryGetFloating(value, out var f))
                {
                    outOfRange = double.IsFinite(f) && !float.IsFinite((float)f);
                    BinaryPrimitives.WriteSingleLittleEndian(target, (float)f);
                    return !outOfRange;
                }

                outOfRange = value.ValueKind == JsonValueKind.Number;
                return false;
            case TensorDataType.Fp64:
                if (TryGetFloating(value, out var g))
                {
                    BinaryPrimitives.WriteDoubleLittleEndian(target, g);
                    return true;
                }

                // System.Text.Json reads 1e400 as infinity on some paths and refuses it on others: either way it is out of range.
                outOfRange = value.ValueKind == JsonValueKind.Number;
                return false;
            default:
                return false;
        }
    }

    private static bool TryGetFloating(JsonElement value, out double result)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetDouble(out result);
        }

        // Non-finite values travel as strings, as the encoder writes them.
        if (value.ValueKind == JsonValueKind.String && value.GetString() is "NaN" or "Infinity" or "-Infinity")
        {
            result = double.Parse(value.GetString()!, CultureInfo.InvariantCulture);
            return true;
        }

        result = 0;
        return false;
    }

    private static void WriteJsonData(Utf8JsonWriter writer, InferTensor tensor)
    {
        writer.WriteStartArray();
        var span = tensor.Data.Span;
        var size = tensor.DataType.ElementSize();
        if (tensor.DataType == TensorDataType.Bytes)
        {
            foreach (var element in tensor.ToByteElements())
            {
                writer.WriteStringValue(Encoding.UTF8.GetString(element.Span));
            }
        }
        else
        {
            for (var offset = 0; offset + size <= span.Length; offset += size)
            {
                var e = span.Slice(offset, size);
                switch (tensor.DataType)
                {
                    case TensorDataType.Bool: writer.WriteBooleanValue(e[0] != 0); break;
                    case TensorDataType.U8: writer.WriteNumberValue(e[0]); break;
                    case TensorDataType.I8: writer.WriteNumberValue(unchecked((sbyte)e[0])); break;
                    case TensorDataType.I16: writer.WriteNumberValue(BinaryPrimitives.ReadInt16LittleEndian(e)); break;
                    case TensorDataType.I32: writer.WriteNumberValue(BinaryPrimitives.ReadInt32LittleEndian(e)); break;
                    case TensorDataType.I64: writer.WriteNumberValue(BinaryPrimitives.ReadInt64LittleEndian(e)); break;
                    case TensorDataType.Fp16: WriteFloating(writer, (double)BinaryPrimitives.ReadHalfLittleEndian(e)); break;
                    case TensorDataType.Fp32: WriteFloating(writer, BinaryPrimitives.ReadSingleLittleEndian(e)); break;
                    case TensorDataType.Fp64: WriteFloating(writer, BinaryPrimitives.ReadDoubleLittleEndian(e)); break;
                    default: throw new InvalidOperationException($"unexpected datatype {tensor.DataType}");
                }
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteFloating(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void WriteFloating(Utf8JsonWriter writer, float value)
    {
        if (float.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static bool? ReadBoolParameter(JsonElement owner, string name, string field)
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
