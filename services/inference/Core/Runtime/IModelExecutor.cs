using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Runtime;

/// <summary>Runs one loaded model version. Thread-safe; the seam tests replace to exercise batching and routing.</summary>
public interface IModelExecutor : IDisposable
{
    /// <summary>What the model takes and returns.</summary>
    ModelSignature Signature { get; }

    /// <summary>The execution provider the session runs on (<c>CUDAExecutionProvider</c>, <c>CPUExecutionProvider</c>).</summary>
    string ExecutionProvider { get; }

    /// <summary>Runs the model on validated inputs and returns the named outputs (all when <paramref name="outputNames"/> is empty).</summary>
    IReadOnlyList<InferTensor> Run(IReadOnlyList<InferTensor> inputs, IReadOnlyList<string> outputNames);
}
