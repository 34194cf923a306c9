using System.Buffers.Binary;

namespace MlPlatform.Inference.Tensors;

/// <summary>
/// One named tensor: element type, shape and row-major data in the binary tensor data extension's layout
/// (little-endian fixed-size elements; for <see cref="TensorDataType.Bytes"/>, each element as a 4-byte little-endian length then its bytes).
/// </summary>
public sealed class InferTensor
{
    /// <summary>Creates a tensor; the data layout is trusted (use <see cref="Validate"/> on untrusted data).</summary>
    public InferTensor(string name, TensorDataType dataType, long[] shape, ReadOnlyMemory<byte> data)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(shape);
        Name = name;
        DataType = dataType;
        Shape = shape;
        Data = data;
    }

    /// <summary>The tensor's name (a model input or output name).</summary>
    public string Name { get; }

    /// <summary>The element type.</summary>
    public TensorDataType DataType { get; }

    /// <summary>The shape, outermost dimension first.</summary>
    public long[] Shape { get; }

    /// <summary>The raw data (see the type's remarks for the layout).</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>The number of elements the shape holds.</summary>
    public long ElementCount => TensorDataTypes.TryGetElementCount(Shape, out var count) ? count.Value : -1;

    /// <summary>Builds an FP32 tensor from values.</summary>
    public static InferTensor FromSingles(string name, long[] shape, ReadOnlySpan<float> values)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
        }

        return new InferTensor(name, TensorDataType.Fp32, shape, bytes);
    }

    /// <summary>Builds a BYTES tensor from UTF-8 strings.</summary>
    public static InferTensor FromStrings(string name, long[] shape, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        using var buffer = new MemoryStream();
        Span<byte> length = stackalloc byte[4];
        foreach (var value in values)
        {
            var utf8 = System.Text.Encoding.UTF8.GetBytes(value);
            BinaryPrimitives.WriteInt32LittleEndian(length, utf8.Length);
            buffer.Write(length);
            buffer.Write(utf8);
        }

        return new InferTensor(name, TensorDataType.Bytes, shape, buffer.ToArray());
    }

    /// <summary>The elements as floats (FP32 only).</summary>
    public float[] ToSingles()
    {
        if (DataType != TensorDataType.Fp32)
        {
            throw new InvalidOperationException($"Tensor '{Name}' is {DataType.ToProtocolName()}, not FP32.");
        }

        var span = Data.Span;
        var values = new float[span.Length / sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(span[(i * sizeof(float))..]);
        }

        return values;
    }

    /// <summary>The BYTES elements, each as its raw bytes.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> ToByteElements()
    {
        if (DataType != TensorDataType.Bytes)
        {
            throw new InvalidOperationException($"Tensor '{Name}' is {DataType.ToProtocolName()}, not BYTES.");
        }

        var elements = new List<ReadOnlyMemory<byte>>();
        var offset = 0;
        while (offset < Data.Length)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(Data.Span[offset..]);
            elements.Add(Data.Slice(offset + 4, length));
            offset += 4 + length;
        }

        return elements;
    }

    /// <summary>
    /// Checks that the data length matches the shape and type; returns the problem, or null when consistent.
    /// </summary>
    public string? Validate()
    {
        if (!TensorDataTypes.TryGetElementCount(Shape, out var count))
        {
            return "shape must hold non-negative dimensions whose product fits in 64 bits";
        }

        var size = DataType.ElementSize();
        if (size > 0)
        {
            var expected = count.Value * size;
            return Data.Length == expected
                ? null
                : $"holds {Data.Length} bytes but shape [{string.Join(",", Shape)}] of {DataType.ToProtocolName()} needs {expected} ({count} elements)";
        }

        var span = Data.Span;
        long elements = 0;
        var offset = 0;
        while (offset < span.Length)
        {
            if (span.Length - offset < 4)
            {
                return $"BYTES element {elements} has a truncated 4-byte length prefix";
            }

            var length = BinaryPrimitives.ReadInt32LittleEndian(span[offset..]);
            if (length < 0 || length > span.Length - offset - 4)
            {
                return $"BYTES element {elements} declares {length} bytes but only {span.Length - offset - 4} remain";
            }

            offset += 4 + length;
            elements++;
        }

        return elements == count.Value
            ? null
            : $"holds {elements} BYTES elements but shape [{string.Join(",", Shape)}] needs {count}";
    }
}
