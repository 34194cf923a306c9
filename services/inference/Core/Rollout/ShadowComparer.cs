using System.Buffers.Binary;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Rollout;

/// <summary>Compares a shadow version's outputs with the primary's: names, types and shapes exactly, floating values within a tolerance.</summary>
public static class ShadowComparer
{
    /// <summary>Returns (match, largest absolute difference, what differed).</summary>
    public static (bool Match, double MaxAbsoluteDifference, string? Difference) Compare(IReadOnlyList<InferTensor> primary, IReadOnlyList<InferTensor> shadow, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(shadow);
        if (primary.Count != shadow.Count)
        {
            return (false, 0, $"primary returned {primary.Count} outputs, shadow {shadow.Count}");
        }

        double worst = 0;
        for (var i = 0; i < primary.Count; i++)
        {
            var a = primary[i];
            var b = shadow[i];
            if (a.Name != b.Name || a.DataType != b.DataType || !a.Shape.SequenceEqual(b.Shape))
            {
                return (false, worst, $"output {i}: {a.Name} {a.DataType.ToProtocolName()}[{string.Join(",", a.Shape)}] vs {b.Name} {b.DataType.ToProtocolName()}[{string.Join(",", b.Shape)}]");
            }

            if (a.DataType is TensorDataType.Fp16 or TensorDataType.Fp32 or TensorDataType.Fp64)
            {
                var diff = MaxDifference(a, b);
                worst = Math.Max(worst, diff);
                if (!(diff <= tolerance))
                {
                    return (false, worst, $"output '{a.Name}' differs by up to {diff:G4} (tolerance {tolerance:G4})");
                }
            }
            else if (!a.Data.Span.SequenceEqual(b.Data.Span))
            {
                return (false, worst, $"output '{a.Name}' values differ");
            }
        }

        return (true, worst, null);
    }

    private static double MaxDifference(InferTensor a, InferTensor b)
    {
        var size = a.DataType.ElementSize();
        var x = a.Data.Span;
        var y = b.Data.Span;
        double worst = 0;
        for (var offset = 0; offset + size <= x.Length; offset += size)
        {
            double u, v;
            switch (a.DataType)
            {
                case TensorDataType.Fp16:
                    u = (double)BinaryPrimitives.ReadHalfLittleEndian(x[offset..]);
                    v = (double)BinaryPrimitives.ReadHalfLittleEndian(y[offset..]);
                    break;
                case TensorDataType.Fp32:
                    u = BinaryPrimitives.ReadSingleLittleEndian(x[offset..]);
                    v = BinaryPrimitives.ReadSingleLittleEndian(y[offset..]);
                    break;
                default:
                    u = BinaryPrimitives.ReadDoubleLittleEndian(x[offset..]);
                    v = BinaryPrimitives.ReadDoubleLittleEndian(y[offset..]);
                    break;
            }

            var d = Math.Abs(u - v);
            if (double.IsNaN(d))
            {
                return double.NaN;
            }

            worst = Math.Max(worst, d);
        }

        return worst;
    }
}
