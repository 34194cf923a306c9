using System.Buffers.Binary;
using MlPlatform.Inference.Runtime;
using MlPlatform.Inference.Tensors;
using MlPlatform.Inference.Tests.Support;

namespace MlPlatform.Inference.Tests.Runtime;

public sealed class OnnxModelExecutorTests
{
    private static readonly OnnxModelExecutorFactory Factory = new(new SessionSettings { IntraOpThreads = 1 });

    private static IModelExecutor Load(TempDirectory dir, byte[] model)
    {
        var path = dir.Write($"{Guid.NewGuid():N}.onnx", model);
        return Factory.Create(path);
    }

    [Theory]
    [InlineData(OnnxModelBuilder.Fp32, TensorDataType.Fp32)]
    [InlineData(OnnxModelBuilder.Fp16, TensorDataType.Fp16)]
    [InlineData(OnnxModelBuilder.Fp64, TensorDataType.Fp64)]
    [InlineData(OnnxModelBuilder.I64, TensorDataType.I64)]
    [InlineData(OnnxModelBuilder.I32, TensorDataType.I32)]
    [InlineData(OnnxModelBuilder.I16, TensorDataType.I16)]
    [InlineData(OnnxModelBuilder.I8, TensorDataType.I8)]
    [InlineData(OnnxModelBuilder.U8, TensorDataType.U8)]
    [InlineData(OnnxModelBuilder.Boolean, TensorDataType.Bool)]
    public void EveryFixedSizeElementTypePassesThroughAnIdentityModelBitForBit(int onnxType, TensorDataType type)
    {
        using var dir = new TempDirectory();
        using var executor = Load(dir, OnnxModelBuilder.Identity(onnxType, -1, 3));
        var size = type.ElementSize();
        var data = Enumerable.Range(0, 6 * size).Select(i => (byte)(type == TensorDataType.Bool ? (i / size) % 2 : i * 7 + 1)).ToArray();
        if (type == TensorDataType.Fp16)
        {
            for (var i = 0; i < 6; i++)
            {
                BinaryPrimitives.WriteHalfLittleEndian(data.AsSpan(i * 2), (Half)(i * 0.5f));
            }
        }

        var output = Assert.Single(executor.Run([new InferTensor("x", type, [2, 3], data)], []));

        Assert.Equal(type, executor.Signature.Inputs[0].DataType);
        Assert.Equal([-1L, 3], executor.Signature.Inputs[0].Shape);
        Assert.Equal("y", output.Name);
        Assert.Equal(type, output.DataType);
        Assert.Equal([2L, 3], output.Shape);
        Assert.Equal(data, output.Data.ToArray());
    }

    [Fact]
    public void ABatchOfRequestsIsStackedAlongTheFirstDimensionInRequestOrder()
    {
        using var dir = new TempDirectory();
        using var executor = Load(dir, OnnxModelBuilder.AddWithPassThrough(OnnxModelBuilder.Fp32, -1, 2));
        IReadOnlyList<InferTensor> first = [InferTensor.FromSingles("a", [1, 2], [1, 2]), InferTensor.FromSingles("b", [1, 2], [10, 20])];
        IReadOnlyList<InferTensor> second = [InferTensor.FromSingles("a", [2, 2], [3, 4, 5, 6]), InferTensor.FromSingles("b", [2, 2], [30, 40, 50, 60])];

        var outputs = executor.RunBatch([first, second], ["a_out", "sum"]);

        Assert.Equal([3L, 2], outputs[0].Shape);
        Assert.Equal([1f, 2, 3, 4, 5, 6], outputs[0].ToSingles());
        Assert.Equal([11f, 22, 33, 44, 55, 66], outputs[1].ToSingles());
    }

    [Fact]
    public void ABatchOfStringRequestsIsStackedToo()
    {
        using var dir = new TempDirectory();
        using var executor = Load(dir, OnnxModelBuilder.Identity(OnnxModelBuilder.Str, -1));

        var output = Assert.Single(executor.RunBatch([[InferTensor.FromStrings("x", [1], ["a"])], [InferTensor.FromStrings("x", [2], ["bc", ""])]], []));

        Assert.Equal([3L], output.Shape);
        Assert.Equal(["a", "bc", ""], output.ToByteElements().Select(e => System.Text.Encoding.UTF8.GetString(e.Span)));
    }

    [Fact]
    public void StringTensorsPassThroughAsBytes()
    {
        using var dir = new TempDirectory();
        using var executor = Load(dir, OnnxModelBuilder.Identity(OnnxModelBuilder.Str, -1));

        var output = Assert.Single(executor.Run([InferTensor.FromStrings("x", [3], ["ä", "", "text"])], []));

        Assert.Equal(TensorDataType.Bytes, output.DataType);
        Assert.Equal(["ä", "", "text"], output.ToByteElements().Select(e => System.Text.Encoding.UTF8.GetString(e.Span)));
    }

    [Fact]
    public void MultipleInputsAndOutputsAreMatchedByName()
    {
        using var dir = new TempDirectory();
        using var executor = Load(dir, OnnxModelBuilder.AddWithPassThrough(OnnxModelBuilder.Fp32, -1, 2));

        var outputs = executor.Run([InferTensor.FromSingles("a", [1, 2], [1, 2]), InferTensor.FromSingles("b", [1, 2], [10, 20])], ["a_out", "sum"]);

        Assert.Equal(["a_out", "sum"], outputs.Select(o => o.Name));
        Assert.Equal([1f, 2f], outputs[0].ToSingles());
        Assert.Equal([11f, 22f], outputs[1].ToSingles());
    }

    [Fact]
    public void TheRealPaddleOcrClassifierRunsABatchWithProbabilitiesPerRow()
    {
        using var executor = Factory.Create(OcrModelRepository.ClassifierModel);
        var values = new float[4 * 3 * 48 * 192];
        new Random(42).NextBytes(new byte[1]);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (i % 97) / 97f - 0.5f;
        }

        var output = Assert.Single(executor.Run([InferTensor.FromSingles("x", [4, 3, 48, 192], values)], []));

        Assert.Equal([4L, 2], output.Shape);
        var probabilities = output.ToSingles();
        for (var row = 0; row < 4; row++)
        {
            Assert.Equal(1f, probabilities[row * 2] + probabilities[(row * 2) + 1], 3);
        }
    }

    [Fact]
    public void CpuIsChosenWhenCudaIsNotAvailableAndCudaOnlyFailsNamingTheSetting()
    {
        var auto = new OnnxModelExecutorFactory(new SessionSettings(), () => [OnnxModelExecutorFactory.CpuProvider]);
        var cudaPresent = new OnnxModelExecutorFactory(new SessionSettings(), () => [OnnxModelExecutorFactory.CudaProvider, OnnxModelExecutorFactory.CpuProvider]);
        var cudaRequired = new OnnxModelExecutorFactory(new SessionSettings { ExecutionProvider = ExecutionProviderPreference.Cuda }, () => [OnnxModelExecutorFactory.CpuProvider]);

        Assert.Equal(OnnxModelExecutorFactory.CpuProvider, auto.ResolveProvider());
        Assert.Equal(OnnxModelExecutorFactory.CudaProvider, cudaPresent.ResolveProvider());
        Assert.Contains("ExecutionProvider", Assert.Throws<InvalidOperationException>(cudaRequired.ResolveProvider).Message, StringComparison.Ordinal);
    }
}
