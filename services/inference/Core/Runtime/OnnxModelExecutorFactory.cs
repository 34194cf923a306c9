using Microsoft.ML.OnnxRuntime;

namespace MlPlatform.Inference.Runtime;

/// <summary>Creates ONNX Runtime sessions with the configured options and execution provider.</summary>
public sealed class OnnxModelExecutorFactory : IModelExecutorFactory
{
    /// <summary>The CUDA provider's name as ONNX Runtime reports it.</summary>
    public const string CudaProvider = "CUDAExecutionProvider";

    /// <summary>The CPU provider's name.</summary>
    public const string CpuProvider = "CPUExecutionProvider";

    private readonly SessionSettings _settings;
    private readonly Func<IReadOnlyCollection<string>> _availableProviders;

    /// <summary>Creates the factory; <paramref name="availableProviders"/> defaults to what this ONNX Runtime build offers.</summary>
    public OnnxModelExecutorFactory(SessionSettings settings, Func<IReadOnlyCollection<string>>? availableProviders = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _availableProviders = availableProviders ?? (() => OrtEnv.Instance().GetAvailableProviders());
    }

    /// <summary>The provider sessions will use, given the settings and what is available.</summary>
    public string ResolveProvider()
    {
        var available = _availableProviders();
        return _settings.ExecutionProvider switch
        {
            ExecutionProviderPreference.Cpu => CpuProvider,
            ExecutionProviderPreference.Cuda when available.Contains(CudaProvider) => CudaProvider,
            ExecutionProviderPreference.Cuda => throw new InvalidOperationException(
                $"Inference:Session:ExecutionProvider is Cuda but this ONNX Runtime offers only {string.Join(", ", available)}."),
            _ => available.Contains(CudaProvider) ? CudaProvider : CpuProvider,
        };
    }

    /// <inheritdoc/>
    public IModelExecutor Create(string modelPath)
    {
        var provider = ResolveProvider();
        var options = new SessionOptions
        {
            IntraOpNumThreads = _settings.IntraOpThreads,
            InterOpNumThreads = _settings.InterOpThreads,
            ExecutionMode = _settings.ParallelExecution ? ExecutionMode.ORT_PARALLEL : ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = ParseLevel(_settings.GraphOptimizationLevel),
        };
        try
        {
            options.AddSessionConfigEntry("session.intra_op.allow_spinning", _settings.AllowSpinning ? "1" : "0");
            options.AddSessionConfigEntry("session.inter_op.allow_spinning", _settings.AllowSpinning ? "1" : "0");
            if (provider == CudaProvider)
            {
                options.AppendExecutionProvider_CUDA(_settings.DeviceId);
            }

            return new OnnxModelExecutor(new InferenceSession(modelPath, options), provider);
        }
        finally
        {
            options.Dispose();
        }
    }

    /// <summary>Maps a configured level name to ONNX Runtime's enum; false for unknown names.</summary>
    public static bool TryParseLevel(string? name, out GraphOptimizationLevel level)
    {
        switch (name)
        {
            case "None": level = GraphOptimizationLevel.ORT_DISABLE_ALL; return true;
            case "Basic": level = GraphOptimizationLevel.ORT_ENABLE_BASIC; return true;
            case "Extended": level = GraphOptimizationLevel.ORT_ENABLE_EXTENDED; return true;
            case "All": level = GraphOptimizationLevel.ORT_ENABLE_ALL; return true;
            default: level = default; return false;
        }
    }

    private static GraphOptimizationLevel ParseLevel(string name) =>
        TryParseLevel(name, out var level) ? level : throw new InvalidOperationException($"Unknown graph optimisation level '{name}'.");
}
