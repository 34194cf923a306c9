namespace MlPlatform.Inference.Api.Endpoints;

/// <summary>The Open Inference Protocol error body, plus the field at fault.</summary>
/// <param name="Error">What went wrong.</param>
/// <param name="Field">The request field at fault (<c>inputs[0].shape</c>, <c>model_name</c>, <c>x-model-version</c>, <c>body</c>).</param>
public sealed record OipError(string Error, string Field);
