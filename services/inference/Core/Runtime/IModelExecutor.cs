using MlPlatform.Inference.Batching;
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

    /// <summary>
    /// Runs compatible requests (same input names, types and non-batch dimensions) as one batch stacked along dimension 0
    /// and returns the batched outputs. An executor that can stack the requests straight into the runtime's input
    /// buffers overrides this to skip the intermediate copy.
    /// </summary>
    IReadOnlyList<InferTensor> RunBatch(IReadOnlyList<IReadOnlyList<InferTensor>> requests, IReadOnlyList<string> outputNames) =>
        Run(TensorBatching.Concat(requests), outputNames);
}
