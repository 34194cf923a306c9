using MlPlatform.Inference.Routing;
using MlPlatform.Inference.Tensors;

namespace MlPlatform.Inference.Serving;

/// <summary>A successful inference.</summary>
/// <param name="Model">The model.</param>
/// <param name="Version">The version that answered.</param>
/// <param name="Reason">Why that version.</param>
/// <param name="Outputs">The outputs, in the requested order (model order when none were requested).</param>
public sealed record InferenceOutcome(string Model, string Version, RouteReason Reason, IReadOnlyList<InferTensor> Outputs);
