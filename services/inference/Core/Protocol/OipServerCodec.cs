using System.Buffers;
using System.Text.Json;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Protocol;

/// <summary>
/// The server side of Open Inference Protocol v2 infer messages: decodes requests (JSON tensors and the binary tensor
/// data extension, a JSON header of <see cref="OipHeaders.InferenceHeaderContentLength"/> bytes followed by the raw
/// tensors), rejecting malformed ones with the field at fault, and encodes responses.
/// </summary>
public static class OipServerCodec
{
    /// <summary>Decodes a request body; <paramref name="jsonHeaderLength"/> is the header value, or null for a pure JSON body.</summary>
    /// <exception cref="InferenceException">The body is malformed; the exception names the field.</exception>
    public static InferenceRequest DecodeRequest(ReadOnlyMemory<byte> body, long? jsonHeaderLength)
    {
        if (jsonHeaderLength is { } length && (length < 0 || length > body.Length))
        {
            throw InferenceException.BadRequest(OipHeaders.InferenceHeaderContentLength, $"header says the JSON part is {length} bytes but the body has {body.Length}");
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

            var binaryDefault = OipTensorReader.ReadBoolParameter(root, "binary_data_output", "parameters.binary_data_output") ?? false;
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
                var tensor = OipTensorReader.Read(input, $"inputs[{index}]", binary, ref binaryOffset);
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

                    var wantsBinary = OipTensorReader.ReadBoolParameter(output, "binary_data", $"{field}.parameters.binary_data") ?? binaryDefault;
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
                    TensorJsonData.Write(writer, output);
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
}
