using MlPlatform.Inference.Runtime;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Tests.Support;

/// <summary>
/// An executor for batching tests: signature x:FP32[-1,2] → y:FP32[-1,2], y = x + offset. Records every batch's rows;
/// can block until released, and fails batches that contain a row whose first value is <see cref="PoisonValue"/>.
/// </summary>
public sealed class FakeExecutor : IModelExecutor
{
    /// <summary>A first value that makes the model fail.</summary>
    public const float PoisonValue = -999f;

    private readonly float _offset;
    private readonly Lock _gate = new();
    private readonly List<long> _batches = [];

    /// <summary>Creates the executor.</summary>
    public FakeExecutor(float offset = 1f, bool batchable = true)
    {
        _offset = offset;
        long[] shape = batchable ? [-1, 2] : [1, 2];
        Signature = new ModelSignature([new TensorSpec("x", TensorDataType.Fp32, shape)], [new TensorSpec("y", TensorDataType.Fp32, shape)]);
    }

    /// <inheritdoc/>
    public ModelSignature Signature { get; }

    /// <inheritdoc/>
    public string ExecutionProvider => "Fake";

    /// <summary>When set, Run waits for it before computing.</summary>
    public ManualResetEventSlim? Gate { get; set; }

    /// <summary>Signalled when a Run starts.</summary>
    public SemaphoreSlim Started { get; } = new(0);

    /// <summary>Rows of every executed batch, in order.</summary>
    public IReadOnlyList<long> Batches
    {
        get
        {
            lock (_gate)
            {
                return _batches.ToArray();
            }
        }
    }

    /// <summary>A request tensor of <paramref name="rows"/> rows starting at <paramref name="start"/>.</summary>
    public static InferTensor Input(int rows, float start) =>
        InferTensor.FromSingles("x", [rows, 2], Enumerable.Range(0, rows * 2).Select(i => start + i).ToArray());

    /// <inheritdoc/>
    public IReadOnlyList<InferTensor> Run(IReadOnlyList<InferTensor> inputs, IReadOnlyList<string> outputNames)
    {
        Started.Release();
        Gate?.Wait(TimeSpan.FromSeconds(10));
        var x = inputs[0];
        lock (_gate)
        {
            _batches.Add(x.Shape[0]);
        }

        var values = x.ToSingles();
        for (var r = 0; r < x.Shape[0]; r++)
        {
            if (values[r * 2] == PoisonValue)
            {
                throw new InvalidOperationException("poisoned row");
            }
        }

        return [InferTensor.FromSingles("y", x.Shape, values.Select(v => v + _offset).ToArray())];
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Started.Dispose();
    }
}
