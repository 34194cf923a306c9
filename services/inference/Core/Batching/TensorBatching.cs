using System.Buffers.Binary;
using System.Text;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Batching;

/// <summary>Pure functions that stack requests along the batch axis (dimension 0) and split the results back.</summary>
public static class TensorBatching
{
    /// <summary>
    /// A key equal for requests that can share a batch: same input names, types and non-batch dimensions, same requested outputs.
    /// Inputs must already be in model order.
    /// </summary>
    public static string CompatibilityKey(IReadOnlyList<InferTensor> inputs, IReadOnlyList<string> outputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputs);
        var key = new StringBuilder();
        foreach (var input in inputs)
        {
            key.Append(input.Name).Append(':').Append((int)input.DataType);
            for (var d = 1; d < input.Shape.Length; d++)
            {
                key.Append('x').Append(input.Shape[d]);
            }

            key.Append(';');
        }

        key.Append('>');
        foreach (var output in outputs)
        {
            key.Append(output).Append(';');
        }

        return key.ToString();
    }

    /// <summary>Rows along the batch axis of a request (dimension 0 of its first input).</summary>
    public static long Rows(IReadOnlyList<InferTensor> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.Count == 0 || inputs[0].Shape.Length == 0 ? 1 : inputs[0].Shape[0];
    }

    /// <summary>Concatenates compatible requests' inputs along dimension 0.</summary>
    public static IReadOnlyList<InferTensor> Concat(IReadOnlyList<IReadOnlyList<InferTensor>> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        if (requests.Count == 1)
        {
            return requests[0];
        }

        var first = requests[0];
        var result = new InferTensor[first.Count];
        for (var i = 0; i < first.Count; i++)
        {
            long rows = 0;
            var bytes = 0;
            foreach (var request in requests)
            {
                rows += request[i].Shape[0];
                bytes += request[i].Data.Length;
            }

            var data = new byte[bytes];
            var offset = 0;
            foreach (var request in requests)
            {
                request[i].Data.Span.CopyTo(data.AsSpan(offset));
                offset += request[i].Data.Length;
            }

            var shape = (long[])first[i].Shape.Clone();
            shape[0] = rows;
            result[i] = new InferTensor(first[i].Name, first[i].DataType, shape, data);
        }

        return result;
    }

    /// <summary>Splits batched outputs back into per-request outputs of <paramref name="rows"/> rows each.</summary>
    /// <exception cref="InvalidOperationException">An output's batch dimension does not equal the total rows.</exception>
    public static IReadOnlyList<IReadOnlyList<InferTensor>> Split(IReadOnlyList<InferTensor> outputs, IReadOnlyList<long> rows)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 1)
        {
            return [outputs];
        }

        var total = rows.Sum();
        var result = new InferTensor[rows.Count][];
        for (var r = 0; r < rows.Count; r++)
        {
            result[r] = new InferTensor[outputs.Count];
        }

        for (var o = 0; o < outputs.Count; o++)
        {
            var output = outputs[o];
            if (output.Shape.Length == 0 || output.Shape[0] != total)
            {
                throw new InvalidOperationException(
                    $"Output '{output.Name}' has batch dimension {(output.Shape.Length == 0 ? "none" : output.Shape[0])} but the batch had {total} rows.");
            }

            var boundaries = RowBoundaries(output, total);
            long row = 0;
            for (var r = 0; r < rows.Count; r++)
            {
                var start = boundaries[(int)row];
                var end = boundaries[(int)(row + rows[r])];
                var shape = (long[])output.Shape.Clone();
                shape[0] = rows[r];
                result[r][o] = new InferTensor(output.Name, output.DataType, shape, output.Data[start..end]);
                row += rows[r];
            }
        }

        return result;
    }

    private static int[] RowBoundaries(InferTensor output, long total)
    {
        var boundaries = new int[total + 1];
        if (total == 0)
        {
            return boundaries;
        }

        var size = output.DataType.ElementSize();
        if (size > 0)
        {
            var rowBytes = output.Data.Length / (int)total;
            for (var r = 0; r <= total; r++)
            {
                boundaries[r] = r * rowBytes;
            }

            return boundaries;
        }

        var elementsPerRow = output.ElementCount / total;
        var span = output.Data.Span;
        var offset = 0;
        for (var r = 0; r < total; r++)
        {
            boundaries[r] = offset;
            for (var e = 0; e < elementsPerRow; e++)
            {
                offset += 4 + BinaryPrimitives.ReadInt32LittleEndian(span[offset..]);
            }
        }

        boundaries[total] = offset;
        return boundaries;
    }
}
