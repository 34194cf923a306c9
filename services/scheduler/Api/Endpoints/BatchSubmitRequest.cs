namespace MlPlatform.Scheduler.Api.Endpoints;

/// <summary>The body of <c>POST /v1/jobs/batch</c>: up to <see cref="JobsApi.MaxBatchJobs"/> jobs, each as <c>POST /v1/jobs</c> takes one.</summary>
internal sealed record BatchSubmitRequest(IReadOnlyList<SubmitJobRequest?>? Jobs = null);
