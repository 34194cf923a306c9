namespace MlPlatform.Scheduler.Api.Endpoints;

/// <summary>
/// One job of a batch, at its index in the request: <c>201</c> created, <c>200</c> a repeated client key (the first job),
/// <c>400</c> with the field errors, <c>409</c>/<c>422</c> refused with the reason — what <c>POST /v1/jobs</c> would answer.
/// </summary>
internal sealed record BatchSubmitResult(int Index, int Status, JobResponse? Job = null, IDictionary<string, string[]>? Errors = null, string? Reason = null, string? Detail = null);
