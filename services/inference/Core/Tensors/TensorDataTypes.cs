using System.Diagnostics.CodeAnalysis;

namespace MlPlatform.Inference.Tensors;

/// <summary>Protocol names and sizes of <see cref="TensorDataType"/>.</summary>
public static class TensorDataTypes
{
    /// <summary>The protocol name (<c>FP32</c>, <c>INT64</c>, …).</summary>
    public static string ToProtocolName(this TensorDataType type) => type switch
    {
        TensorDataType.Bool => "BOOL",
        TensorDataType.U8 => "UINT8",
        TensorDataType.I8 => "INT8",
        TensorDataType.I16 => "INT16",
        TensorDataType.I32 => "INT32",
        TensorDataType.I64 => "INT64",
        TensorDataType.Fp16 => "FP16",
        TensorDataType.Fp32 => "FP32",
        TensorDataType.Fp64 => "FP64",
        TensorDataType.Bytes => "BYTES",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Parses a protocol name; false for names the runtime does not support.</summary>
    public static bool TryParse(string? name, out TensorDataType type)
    {
        switch (name)
        {
            case "BOOL": type = TensorDataType.Bool; return true;
            case "UINT8": type = TensorDataType.U8; return true;
            case "INT8": type = TensorDataType.I8; return true;
            case "INT16": type = TensorDataType.I16; return true;
            case "INT32": type = TensorDataType.I32; return true;
            case "INT64": type = TensorDataType.I64; return true;
            case "FP16": type = TensorDataType.Fp16; return true;
            case "FP32": type = TensorDataType.Fp32; return true;
            case "FP64": type = TensorDataType.Fp64; return true;
            case "BYTES": type = TensorDataType.Bytes; return true;
            default: type = default; return false;
        }
    }

    /// <summary>Bytes per element; 0 for <see cref="TensorDataType.Bytes"/> (variable length).</summary>
    public static int ElementSize(this TensorDataType type) => type switch
    {
        TensorDataType.Bool or TensorDataType.U8 or TensorDataType.I8 => 1,
        TensorDataType.I16 or TensorDataType.Fp16 => 2,
        TensorDataType.I32 or TensorDataType.Fp32 => 4,
        TensorDataType.I64 or TensorDataType.Fp64 => 8,
        TensorDataType.Bytes => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The number of elements a shape holds, or false when a dimension is negative or the product overflows.</summary>
    public static bool TryGetElementCount(IReadOnlyList<long> shape, [NotNullWhen(true)] out long? count)
    {
        ArgumentNullException.ThrowIfNull(shape);
        long product = 1;
        foreach (var dim in shape)
        {
            if (dim < 0)
            {
                count = null;
                return false;
            }

            try
            {
                product = checked(product * dim);
            }
            catch (OverflowException)
            {
                count = null;
                return false;
            }
        }

        count = product;
        return true;
    }
}
