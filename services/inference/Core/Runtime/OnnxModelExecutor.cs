using System.Buffers.Binary;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using MlPlatform.Inference.Batching;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Runtime;

/// <summary>An ONNX Runtime session behind <see cref="IModelExecutor"/>: raw protocol bytes in, raw bytes out.</summary>
public sealed class OnnxModelExecutor : IModelExecutor
{
    private readonly InferenceSession _session;
    private readonly string[] _allOutputNames;

    /// <summary>Wraps a session (owned: disposed with this executor).</summary>
    public OnnxModelExecutor(InferenceSession session, string executionProvider)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        ExecutionProvider = executionProvider;
        Signature = new ModelSignature(
            session.InputNames.Select(n => ToSpec(n, session.InputMetadata[n])).ToArray(),
            session.OutputNames.Select(n => ToSpec(n, session.OutputMetadata[n])).ToArray());
        _allOutputNames = session.OutputNames.ToArray();
    }

    /// <inheritdoc/>
    public ModelSignature Signature { get; }

    /// <inheritdoc/>
    public string ExecutionProvider { get; }

    /// <inheritdoc/>
    public IReadOnlyList<InferTensor> Run(IReadOnlyList<InferTensor> inputs, IReadOnlyList<string> outputNames)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputNames);
        return RunCore(inputs.Count, i => inputs[i].Name, i => ToOrtValue(inputs[i]), outputNames);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Fixed-size inputs are copied from each request straight into one ONNX Runtime buffer: a batch of large images
    /// would otherwise be stacked into a managed array first (a large-object-heap allocation per batch) and copied twice.
    /// </remarks>
    public IReadOnlyList<InferTensor> RunBatch(IReadOnlyList<IReadOnlyList<InferTensor>> requests, IReadOnlyList<string> outputNames)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(outputNames);
        if (requests.Count == 1)
        {
            return Run(requests[0], outputNames);
        }

        var first = requests[0];
        return RunCore(first.Count, i => first[i].Name, i => StackedOrtValue(requests, i), outputNames);
    }

    /// <inheritdoc/>
    public void Dispose() => _session.Dispose();

    private InferTensor[] RunCore(int inputCount, Func<int, string> name, Func<int, OrtValue> value, IReadOnlyList<string> outputNames)
    {
        var names = new string[inputCount];
        var values = new OrtValue[inputCount];
        try
        {
            for (var i = 0; i < inputCount; i++)
            {
                names[i] = name(i);
                values[i] = value(i);
            }

            var wanted = outputNames.Count == 0 ? _allOutputNames : outputNames;
            using var runOptions = new RunOptions();
            using var results = _session.Run(runOptions, names, values, wanted as IReadOnlyCollection<string> ?? wanted.ToArray());
            var outputs = new InferTensor[results.Count];
            var index = 0;
            foreach (var result in results)
            {
                outputs[index] = FromOrtValue(wanted[index], result);
                index++;
            }

            return outputs;
        }
        finally
        {
            foreach (var created in values)
            {
                created?.Dispose();
            }
        }
    }

    private static OrtValue StackedOrtValue(IReadOnlyList<IReadOnlyList<InferTensor>> requests, int input)
    {
        var first = requests[0][input];
        if (first.DataType == TensorDataType.Bytes)
        {
            return ToOrtValue(TensorBatching.Concat(requests.Select(r => (IReadOnlyList<InferTensor>)[r[input]]).ToArray())[0]);
        }

        var shape = (long[])first.Shape.Clone();
        shape[0] = 0;
        foreach (var request in requests)
        {
            shape[0] += request[input].Shape[0];
        }

        var value = OrtValue.CreateAllocatedTensorValue(OrtAllocator.DefaultInstance, ToOnnx(first.DataType), shape);
        var destination = value.GetTensorMutableRawData();
        var offset = 0;
        foreach (var request in requests)
        {
            var data = request[input].Data.Span;
            data.CopyTo(destination[offset..]);
            offset += data.Length;
        }

        return value;
    }

    /// <summary>Maps an ONNX element type to the protocol type; false for types the protocol cannot carry.</summary>
    public static bool TryMap(TensorElementType type, out TensorDataType dataType)
    {
        switch (type)
        {
            case TensorElementType.Bool: dataType = TensorDataType.Bool; return true;
            case TensorElementType.UInt8: dataType = TensorDataType.U8; return true;
            case TensorElementType.Int8: dataType = TensorDataType.I8; return true;
            case TensorElementType.Int16: dataType = TensorDataType.I16; return true;
            case TensorElementType.Int32: dataType = TensorDataType.I32; return true;
            case TensorElementType.Int64: dataType = TensorDataType.I64; return true;
            case TensorElementType.Float16: dataType = TensorDataType.Fp16; return true;
            case TensorElementType.Float: dataType = TensorDataType.Fp32; return true;
            case TensorElementType.Double: dataType = TensorDataType.Fp64; return true;
            case TensorElementType.String: dataType = TensorDataType.Bytes; return true;
            default: dataType = default; return false;
        }
    }

    private static TensorElementType ToOnnx(TensorDataType type) => type switch
    {
        TensorDataType.Bool => TensorElementType.Bool,
        TensorDataType.U8 => TensorElementType.UInt8,
        TensorDataType.I8 => TensorElementType.Int8,
        TensorDataType.I16 => TensorElementType.Int16,
        TensorDataType.I32 => TensorElementType.Int32,
        TensorDataType.I64 => TensorElementType.Int64,
        TensorDataType.Fp16 => TensorElementType.Float16,
        TensorDataType.Fp32 => TensorElementType.Float,
        TensorDataType.Fp64 => TensorElementType.Double,
        TensorDataType.Bytes => TensorElementType.String,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static TensorSpec ToSpec(string name, NodeMetadata metadata)
    {
        if (!metadata.IsTensor || !TryMap(metadata.ElementDataType, out var type))
        {
            throw new NotSupportedException($"Model tensor '{name}' is {metadata.OnnxValueType}/{metadata.ElementDataType}, which the Open Inference Protocol cannot carry.");
        }

        return new TensorSpec(name, type, metadata.Dimensions.Select(d => (long)d).ToArray(), metadata.SymbolicDimensions.Select(d => d ?? string.Empty).ToArray());
    }

    private static OrtValue ToOrtValue(InferTensor tensor)
    {
        if (tensor.DataType == TensorDataType.Bytes)
        {
            var strings = OrtValue.CreateTensorWithEmptyStrings(OrtAllocator.DefaultInstance, tensor.Shape);
            var i = 0;
            foreach (var element in tensor.ToByteElements())
            {
                strings.StringTensorSetElementAt(element.Span, i++);
            }

            return strings;
        }

        var value = OrtValue.CreateAllocatedTensorValue(OrtAllocator.DefaultInstance, ToOnnx(tensor.DataType), tensor.Shape);
        tensor.Data.Span.CopyTo(value.GetTensorMutableRawData());
        return value;
    }

    private static InferTensor FromOrtValue(string name, OrtValue value)
    {
        var info = value.GetTensorTypeAndShape();
        if (!TryMap(info.ElementDataType, out var type))
        {
            throw new NotSupportedException($"Output '{name}' has element type {info.ElementDataType}, which the protocol cannot carry.");
        }

        var shape = info.Shape;
        if (type != TensorDataType.Bytes)
        {
            return new InferTensor(name, type, shape, value.GetTensorMutableRawData().ToArray());
        }

        var count = (int)info.ElementCount;
        using var buffer = new MemoryStream();
        Span<byte> prefix = stackalloc byte[4];
        for (var i = 0; i < count; i++)
        {
            var element = value.GetStringElementAsSpan(i);
            BinaryPrimitives.WriteInt32LittleEndian(prefix, element.Length);
            buffer.Write(prefix);
            buffer.Write(element);
        }

        return new InferTensor(name, type, shape, buffer.ToArray());
    }
}
