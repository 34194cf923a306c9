using System.Buffers;
using System.Text.Json;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Protocol;

/// <summary>
/// The client side of Open Inference Protocol v2 infer messages, as the benchmark and the tests speak it: encodes
/// requests (JSON or binary tensors) and decodes responses.
/// </summary>
public static class OipClientCodec
{
    /// <summary>Encodes a request: JSON, or JSON header + binary section when <paramref name="binaryInputs"/>.</summary>
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
                    TensorJsonData.Write(writer, input);
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

    /// <summary>Decodes a response body.</summary>
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
            var tensor = OipTensorReader.Read(output, $"outputs[{index++}]", binary, ref offset);
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
}
