using MlPlatform.Inference.Runtime;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Tests.Support;

/// <summary>
/// Real ONNX sessions, with failures or delay injected for versions whose path contains a marker
/// (e.g. <c>/2/</c>): after the warm-up call, such a version fails or sleeps on every run.
/// </summary>
public sealed class ScriptedExecutorFactory : IModelExecutorFactory
{
    private readonly OnnxModelExecutorFactory _inner = new(new SessionSettings { IntraOpThreads = 1 });

    /// <summary>Path fragments of versions that fail after warm-up.</summary>
    public HashSet<string> Failing { get; } = [];

    /// <summary>Path fragments of versions that take this long per run after warm-up.</summary>
    public Dictionary<string, TimeSpan> Slow { get; } = [];

    /// <inheritdoc/>
    public IModelExecutor Create(string modelPath)
    {
        var executor = _inner.Create(modelPath);
        var fails = Failing.Any(modelPath.Contains);
        var delay = Slow.FirstOrDefault(kv => modelPath.Contains(kv.Key, StringComparison.Ordinal)).Value;
        return fails || delay > TimeSpan.Zero ? new Scripted(executor, fails, delay) : executor;
    }

    private sealed class Scripted(IModelExecutor inner, bool fails, TimeSpan delay) : IModelExecutor
    {
        private int _calls;

        public ModelSignature Signature => inner.Signature;

        public string ExecutionProvider => inner.ExecutionProvider;

        public IReadOnlyList<InferTensor> Run(IReadOnlyList<InferTensor> inputs, IReadOnlyList<string> outputNames)
        {
            if (Interlocked.Increment(ref _calls) > 1)
            {
                if (fails)
                {
                    throw new InvalidOperationException("injected failure");
                }

                Thread.Sleep(delay);
            }

            return inner.Run(inputs, outputNames);
        }

        public void Dispose() => inner.Dispose();
    }
}
