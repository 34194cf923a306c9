namespace MlPlatform.Scheduler.Core;

/// <summary>A pool held for a blocked job (EASY backfill): when enough GPUs free up, and how many it leaves to spare.</summary>
internal sealed class Reservation(DateTimeOffset shadow, long extraGpuMilli)
{
    public DateTimeOffset Shadow { get; } = shadow;

    public long ExtraGpuMilli { get; set; } = extraGpuMilli;

    /// <summary>A job may start if it ends before the shadow time, or uses only GPUs the reserved job does not need.</summary>
    public bool Allows(DateTimeOffset end, long gpuMilli, out bool backfill)
    {
        backfill = end <= Shadow;
        return backfill || gpuMilli <= ExtraGpuMilli;
    }
}
