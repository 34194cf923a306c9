using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Api.Endpoints;

/// <summary>The body of <c>POST /v1/jobs</c>. Every member is optional here so validation can name each missing field.</summary>
internal sealed record SubmitJobRequest(
    string? Team = null,
    string? Queue = null,
    int? Priority = null,
    decimal? Gpus = null,
    string? GpuType = null,
    decimal? MinGpuMemoryGiB = null,
    decimal? Cpu = null,
    decimal? MemoryGiB = null,
    string? Image = null,
    IReadOnlyList<string>? Command = null,
    int? ExpectedDurationSeconds = null,
    decimal? MaxCostUsd = null,
    string? CheckpointPath = null,
    int? GangSize = null,
    bool? SpotEligible = null,
    DateTimeOffset? Deadline = null,
    string? ClientKey = null,
    JobLineage? Lineage = null,
    string? Name = null,
    IReadOnlyDictionary<string, string>? Environment = null);
