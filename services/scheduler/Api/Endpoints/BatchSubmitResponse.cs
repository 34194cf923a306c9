namespace MlPlatform.Scheduler.Api.Endpoints;

/// <summary>The answer to a batch: one result per submitted job, in order, and how many were created.</summary>
internal sealed record BatchSubmitResponse(int Created, IReadOnlyList<BatchSubmitResult> Results);
