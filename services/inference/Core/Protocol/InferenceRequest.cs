using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Protocol;

/// <summary>A decoded Open Inference Protocol v2 infer request.</summary>
/// <param name="Id">The client's request id, echoed in the response.</param>
/// <param name="Inputs">The input tensors.</param>
/// <param name="Outputs">The outputs asked for; empty = all outputs.</param>
/// <param name="BinaryOutputByDefault">The request-level <c>binary_data_output</c> parameter.</param>
public sealed record InferenceRequest(
    string? Id,
    IReadOnlyList<InferTensor> Inputs,
    IReadOnlyList<RequestedOutput> Outputs,
    bool BinaryOutputByDefault);
