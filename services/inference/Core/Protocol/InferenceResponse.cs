using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Protocol;

/// <summary>An infer response before encoding.</summary>
/// <param name="ModelName">The model that answered.</param>
/// <param name="ModelVersion">The version that answered.</param>
/// <param name="Id">The request id, if the client sent one.</param>
/// <param name="Outputs">The output tensors.</param>
/// <param name="BinaryOutputs">Names of outputs to encode in the binary section.</param>
public sealed record InferenceResponse(
    string ModelName,
    string ModelVersion,
    string? Id,
    IReadOnlyList<InferTensor> Outputs,
    IReadOnlySet<string> BinaryOutputs);
