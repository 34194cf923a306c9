using System.Buffers.Binary;
using Google.Protobuf;
using MlPlatform.Inference.Api.Grpc.V2;
using MlPlatform.Inference.Protocol;
using MlPlatform.Inference.Serving;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Api.Grpc;

/// <summary>
/// Maps gRPC infer messages to the engine's request and back. Raw contents are used in place (the tensors are slices of
/// the received message, which lives until the call ends), and outputs are sent as <c>raw_output_contents</c> as Triton does.
/// </summary>
public static class GrpcTensors
{
    /// <summary>The engine request of a gRPC infer request.</summary>
    /// <exception cref="InferenceException">A malformed tensor, naming the field.</exception>
    public static InferenceRequest Decode(ModelInferRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var raw = request.RawInputContents;
        if (raw.Count > 0 && raw.Count != request.Inputs.Count)
        {
            throw InferenceException.BadRequest("raw_input_contents", $"has {raw.Count} entries but the request has {request.Inputs.Count} inputs (one each, in order)");
        }

        var inputs = new InferTensor[request.Inputs.Count];
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Length; i++)
        {
            var input = request.Inputs[i];
            var field = $"inputs[{i}]";
            if (string.IsNullOrEmpty(input.Name))
            {
                throw InferenceException.BadRequest($"{field}.name", "is required and must be a non-empty string");
            }

            if (!names.Add(input.Name))
            {
                throw InferenceException.BadRequest($"{field}.name", $"'{input.Name}' appears more than once");
            }

            if (!TensorDataTypes.TryParse(input.Datatype, out var type))
            {
                throw InferenceException.BadRequest($"{field}.datatype", $"'{input.Datatype}' is not a supported datatype");
            }

            var shape = input.Shape.ToArray();
            if (!TensorDataTypes.TryGetElementCount(shape, out var count))
            {
                throw InferenceException.BadRequest($"{field}.shape", "must hold non-negative dimensions whose product fits in 64 bits");
            }

            ReadOnlyMemory<byte> data;
            if (raw.Count > 0)
            {
                if (input.Contents is not null)
                {
                    throw InferenceException.BadRequest($"{field}.contents", "must be absent when raw_input_contents is used");
                }

                data = raw[i].Memory;
            }
            else
            {
                data = FromContents(input.Contents, type, count.Value, $"{field}.contents", input.Name);
            }

            var tensor = new InferTensor(input.Name, type, shape, data);
            var problem = tensor.Validate();
            inputs[i] = problem is null ? tensor : throw InferenceException.BadRequest(raw.Count > 0 ? $"raw_input_contents[{i}]" : $"{field}.contents", $"of input '{input.Name}' {problem}");
        }

        var outputs = request.Outputs.Select(o => new RequestedOutput(o.Name, true)).ToArray();
        return new InferenceRequest(string.IsNullOrEmpty(request.Id) ? null : request.Id, inputs, outputs, BinaryOutputByDefault: true);
    }

    /// <summary>The gRPC answer of an engine outcome, outputs as raw contents.</summary>
    public static ModelInferResponse Encode(InferenceOutcome outcome, string? id)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var response = new ModelInferResponse { ModelName = outcome.Model, ModelVersion = outcome.Version, Id = id ?? string.Empty };
        foreach (var output in outcome.Outputs)
        {
            var tensor = new ModelInferResponse.Types.InferOutputTensor { Name = output.Name, Datatype = output.DataType.ToProtocolName() };
            tensor.Shape.Add(output.Shape);
            response.Outputs.Add(tensor);
            // The outputs are the engine's own buffers, never reused after this call: no copy.
            response.RawOutputContents.Add(UnsafeByteOperations.UnsafeWrap(output.Data));
        }

        return response;
    }

    private static byte[] FromContents(InferTensorContents? contents, TensorDataType type, long count, string field, string name)
    {
        if (contents is null)
        {
            throw InferenceException.BadRequest(field, $"of input '{name}' is required (or raw_input_contents)");
        }

        (int Count, string Field) Check(int actual, string repeated) =>
            actual == count ? (actual, repeated) : throw InferenceException.BadRequest($"{field}.{repeated}", $"of input '{name}' holds {actual} elements but the shape needs {count}");

        var size = type.ElementSize();
        switch (type)
        {
            case TensorDataType.Fp32:
            {
                var values = contents.Fp32Contents;
                Check(values.Count, "fp32_contents");
                var bytes = new byte[values.Count * size];
                for (var i = 0; i < values.Count; i++)
                {
                    BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * size), values[i]);
                }

                return bytes;
            }

            case TensorDataType.Fp64:
            {
                var values = contents.Fp64Contents;
                Check(values.Count, "fp64_contents");
                var bytes = new byte[values.Count * size];
                for (var i = 0; i < values.Count; i++)
                {
                    BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * size), values[i]);
                }

                return bytes;
            }

            case TensorDataType.I64:
            {
                var values = contents.Int64Contents;
                Check(values.Count, "int64_contents");
                var bytes = new byte[values.Count * size];
                for (var i = 0; i < values.Count; i++)
                {
                    BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(i * size), values[i]);
                }

                return bytes;
            }

            case TensorDataType.I32 or TensorDataType.I16 or TensorDataType.I8:
            {
                var values = contents.IntContents;
                Check(values.Count, "int_contents");
                var bytes = new byte[values.Count * size];
                var (min, max) = type switch { TensorDataType.I8 => (sbyte.MinValue, sbyte.MaxValue), TensorDataType.I16 => (short.MinValue, short.MaxValue), _ => (int.MinValue, int.MaxValue) };
                for (var i = 0; i < values.Count; i++)
                {
                    var v = values[i];
                    if (v < min || v > max)
                    {
                        throw InferenceException.BadRequest($"{field}.int_contents[{i}]", $"of input '{name}' is {v}, outside the {type.ToProtocolName()} range");
                    }

                    switch (size)
                    {
                        case 1: bytes[i] = unchecked((byte)(sbyte)v); break;
                        case 2: BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), (short)v); break;
                        default: BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(i * 4), v); break;
                    }
                }

                return bytes;
            }

            case TensorDataType.U8:
            {
                var values = contents.UintContents;
                Check(values.Count, "uint_contents");
                var bytes = new byte[values.Count];
                for (var i = 0; i < values.Count; i++)
                {
                    bytes[i] = values[i] <= byte.MaxValue ? (byte)values[i] : throw InferenceException.BadRequest($"{field}.uint_contents[{i}]", $"of input '{name}' is {values[i]}, outside the UINT8 range");
                }

                return bytes;
            }

            case TensorDataType.Bool:
            {
                var values = contents.BoolContents;
                Check(values.Count, "bool_contents");
                return values.Select(v => v ? (byte)1 : (byte)0).ToArray();
            }

            case TensorDataType.Bytes:
            {
                var values = contents.BytesContents;
                Check(values.Count, "bytes_contents");
                var bytes = new byte[values.Sum(v => 4 + v.Length)];
                var offset = 0;
                foreach (var value in values)
                {
                    BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(offset), value.Length);
                    value.Span.CopyTo(bytes.AsSpan(offset + 4));
                    offset += 4 + value.Length;
                }

                return bytes;
            }

            default:
                throw InferenceException.BadRequest(field, $"of input '{name}': {type.ToProtocolName()} travels only as raw_input_contents");
        }
    }
}
