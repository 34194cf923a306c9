namespace MlPlatform.Scheduler.Core;

/// <summary>What a team asks to run. Resource figures are per gang member; a gang runs all members or none.</summary>
/// <param name="Team">The owning team; quotas, budgets and fair share are per team.</param>
/// <param name="Queue">The queue (its priority orders jobs before their own priority does).</param>
/// <param name="Priority">Higher runs first within a queue priority band.</param>
/// <param name="Gpus">GPUs per member; fractional (for example 0.5) only on pools that allow GPU sharing.</param>
/// <param name="GpuType">Required GPU model (for example <c>A10G</c>); null for any.</param>
/// <param name="MinGpuMemoryGiB">Minimum memory of one GPU; null for any.</param>
/// <param name="CpuMilli">CPU per member, in thousandths of a core.</param>
/// <param name="MemoryMiB">Memory per member, in MiB.</param>
/// <param name="Image">Container image, pinned by digest (<c>repo@sha256:…</c>).</param>
/// <param name="Command">The command and its arguments.</param>
/// <param name="ExpectedDuration">The owner's estimate of the run time; drives cost estimates, backfill and deadline risk.</param>
/// <param name="MaxCostUsd">The most this job may cost; admission holds a job whose estimate exceeds it.</param>
/// <param name="CheckpointPath">Where the job writes checkpoints; a requeued run resumes from it.</param>
/// <param name="GangSize">Members that must start together (all-or-nothing).</param>
/// <param name="SpotEligible">Whether the job may run on interruptible spot capacity.</param>
/// <param name="Deadline">When the job should be done by; at risk, it goes to on-demand capacity.</param>
/// <param name="ClientKey">The submitter's idempotency key: a repeated submit with the same key returns the first job.</param>
/// <param name="Lineage">The dataset and code the job trains from, passed to the run for model registration.</param>
/// <param name="Name">The submitter's name for the job (a Kubernetes label value), shown in listings and on its pods; null for none.</param>
/// <param name="Environment">Variables the job's process gets, besides the scheduler's own <c>MLPLATFORM_*</c> ones; null for none.</param>
/// <param name="GpuModels">GPU models the job may run on, any of them (for example a trace's <c>V100M16|V100M32</c>); null for any. Applies in addition to <paramref name="GpuType"/>.</param>
public sealed record JobSpec(
    string Team,
    string Queue,
    int Priority,
    decimal Gpus,
    string? GpuType,
    decimal? MinGpuMemoryGiB,
    long CpuMilli,
    long MemoryMiB,
    string Image,
    IReadOnlyList<string> Command,
    TimeSpan ExpectedDuration,
    decimal? MaxCostUsd = null,
    string? CheckpointPath = null,
    int GangSize = 1,
    bool SpotEligible = true,
    DateTimeOffset? Deadline = null,
    string? ClientKey = null,
    IReadOnlyList<string>? GpuModels = null,
    JobLineage? Lineage = null,
    string? Name = null,
    IReadOnlyDictionary<string, string>? Environment = null)
{
    /// <summary>The resources of one gang member.</summary>
    public Resources PerMember => new(Resources.ToGpuMilli(Gpus), CpuMilli, MemoryMiB);

    /// <summary>The resources of the whole gang.</summary>
    public Resources Total => PerMember * GangSize;

    /// <summary>Whether one member asks for part of a GPU (or a non-whole number of GPUs).</summary>
    public bool IsFractional => Gpus != decimal.Truncate(Gpus);
}
