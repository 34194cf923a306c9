namespace MlPlatform.Inference.Runtime;

/// <summary>The inputs and outputs a loaded model declares.</summary>
/// <param name="Inputs">Input specs in model order.</param>
/// <param name="Outputs">Output specs in model order.</param>
public sealed record ModelSignature(IReadOnlyList<TensorSpec> Inputs, IReadOnlyList<TensorSpec> Outputs)
{
    /// <summary>True when every input and output has a dynamic first dimension.</summary>
    public bool SupportsBatching => Inputs.Count > 0 && Inputs.All(i => i.HasDynamicBatchDimension) && Outputs.All(o => o.HasDynamicBatchDimension);
}
