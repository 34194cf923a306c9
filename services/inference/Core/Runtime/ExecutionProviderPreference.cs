namespace MlPlatform.Inference.Runtime;

/// <summary>Which ONNX Runtime execution provider sessions use.</summary>
public enum ExecutionProviderPreference
{
    /// <summary>CUDA when the CUDA provider is available in this process, else CPU.</summary>
    Auto,
    /// <summary>CPU only.</summary>
    Cpu,
    /// <summary>CUDA; loading fails when the CUDA provider is not available.</summary>
    Cuda,
}
