using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Protocol;

/// <summary>
/// The JSON <c>data</c> array of a tensor: decodes flat or nested (shape-exact) arrays into little-endian tensor bytes
/// with range checks, and writes tensor bytes back as JSON (non-finite floats as strings).
/// </summary>
internal static class TensorJsonData
{
    public static ReadOnlyMemory<byte> Decode(JsonElement data, TensorDataType type, long[] shape, long expectedCount, string field, string name)
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

    public static void Write(Utf8JsonWriter writer, InferTensor tensor)
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
}
