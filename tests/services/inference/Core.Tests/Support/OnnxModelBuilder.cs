using System.Text;

namespace MlPlatform.Inference.Tests.Support;

/// <summary>
/// Writes tiny ONNX models (ModelProto protobuf, encoded by hand) for edge cases: one node over named inputs and outputs.
/// Dimensions: a number, or -1 for a dynamic dimension.
/// </summary>
public static class OnnxModelBuilder
{
    /// <summary>ONNX TensorProto.DataType codes.</summary>
    public const int Fp32 = 1, U8 = 2, I8 = 3, I16 = 5, I32 = 6, I64 = 7, Str = 8, Boolean = 9, Fp16 = 10, Fp64 = 11;

    /// <summary>A model whose output <c>y</c> is its input <c>x</c>.</summary>
    public static byte[] Identity(int elementType, params long[] shape) =>
        Build("Identity", [("x", elementType, shape)], [("y", elementType, shape)]);

    /// <summary>A model <c>sum = a + b</c> (two inputs) that also returns <c>a</c> unchanged as <c>a_out</c>.</summary>
    public static byte[] AddWithPassThrough(int elementType, params long[] shape)
    {
        var graph = new ProtoWriter();
        graph.Message(1, Node("Add", ["a", "b"], ["sum"], "add"));
        graph.Message(1, Node("Identity", ["a"], ["a_out"], "pass"));
        graph.String(2, "add_graph");
        graph.Message(11, ValueInfo("a", elementType, shape));
        graph.Message(11, ValueInfo("b", elementType, shape));
        graph.Message(12, ValueInfo("sum", elementType, shape));
        graph.Message(12, ValueInfo("a_out", elementType, shape));
        return Model(graph);
    }

    /// <summary>A one-node model.</summary>
    public static byte[] Build(string opType, IReadOnlyList<(string Name, int Type, long[] Shape)> inputs, IReadOnlyList<(string Name, int Type, long[] Shape)> outputs)
    {
        var graph = new ProtoWriter();
        graph.Message(1, Node(opType, inputs.Select(i => i.Name).ToArray(), outputs.Select(o => o.Name).ToArray(), "node0"));
        graph.String(2, "test_graph");
        foreach (var (name, type, shape) in inputs)
        {
            graph.Message(11, ValueInfo(name, type, shape));
        }

        foreach (var (name, type, shape) in outputs)
        {
            graph.Message(12, ValueInfo(name, type, shape));
        }

        return Model(graph);
    }

    private static byte[] Model(ProtoWriter graph)
    {
        var model = new ProtoWriter();
        model.Varint(1, 8); // ir_version
        model.String(2, "mlplatform-tests");
        model.Message(7, graph);
        var opset = new ProtoWriter();
        opset.String(1, string.Empty);
        opset.Varint(2, 13);
        model.Message(8, opset);
        return model.ToArray();
    }

    private static ProtoWriter Node(string opType, string[] inputs, string[] outputs, string name)
    {
        var node = new ProtoWriter();
        foreach (var input in inputs)
        {
            node.String(1, input);
        }

        foreach (var output in outputs)
        {
            node.String(2, output);
        }

        node.String(3, name);
        node.String(4, opType);
        return node;
    }

    private static ProtoWriter ValueInfo(string name, int elementType, long[] shape)
    {
        var dims = new ProtoWriter();
        var d = 0;
        foreach (var dim in shape)
        {
            var dimension = new ProtoWriter();
            if (dim >= 0)
            {
                dimension.Varint(1, (ulong)dim);
            }
            else
            {
                dimension.String(2, $"d{d}");
            }

            dims.Message(1, dimension);
            d++;
        }

        var tensor = new ProtoWriter();
        tensor.Varint(1, (ulong)elementType);
        tensor.Message(2, dims);
        var type = new ProtoWriter();
        type.Message(1, tensor);
        var info = new ProtoWriter();
        info.String(1, name);
        info.Message(2, type);
        return info;
    }

    private sealed class ProtoWriter
    {
        private readonly List<byte> _stream = [];

        public void Varint(int field, ulong value)
        {
            WriteRawVarint((ulong)(field << 3));
            WriteRawVarint(value);
        }

        public void String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

        public void Message(int field, ProtoWriter message) => Bytes(field, message.ToArray());

        public byte[] ToArray() => [.. _stream];

        private void Bytes(int field, byte[] value)
        {
            WriteRawVarint((ulong)((field << 3) | 2));
            WriteRawVarint((ulong)value.Length);
            _stream.AddRange(value);
        }

        private void WriteRawVarint(ulong value)
        {
            while (value >= 0x80)
            {
                _stream.Add((byte)(value | 0x80));
                value >>= 7;
            }

            _stream.Add((byte)value);
        }
    }
}
