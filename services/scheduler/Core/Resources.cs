namespace MlPlatform.Scheduler.Core;

/// <summary>
/// An amount of node resources in integer units so arithmetic is exact: thousandths of a GPU, thousandths of a CPU
/// core and MiB of memory.
/// </summary>
public readonly record struct Resources(long GpuMilli, long CpuMilli, long MemoryMiB)
{
    /// <summary>No resources.</summary>
    public static Resources Zero => default;

    /// <summary>Whether every component is zero.</summary>
    public bool IsZero => GpuMilli == 0 && CpuMilli == 0 && MemoryMiB == 0;

    /// <summary>Whether no component is negative.</summary>
    public bool IsNonNegative => GpuMilli >= 0 && CpuMilli >= 0 && MemoryMiB >= 0;

    /// <summary>Whether <paramref name="request"/> fits in this amount.</summary>
    public bool Fits(Resources request) =>
        request.GpuMilli <= GpuMilli && request.CpuMilli <= CpuMilli && request.MemoryMiB <= MemoryMiB;

    /// <summary>Component-wise sum.</summary>
    public static Resources operator +(Resources left, Resources right) =>
        new(left.GpuMilli + right.GpuMilli, left.CpuMilli + right.CpuMilli, left.MemoryMiB + right.MemoryMiB);

    /// <summary>Component-wise difference.</summary>
    public static Resources operator -(Resources left, Resources right) =>
        new(left.GpuMilli - right.GpuMilli, left.CpuMilli - right.CpuMilli, left.MemoryMiB - right.MemoryMiB);

    /// <summary>This amount repeated <paramref name="count"/> times.</summary>
    public static Resources operator *(Resources left, int count) =>
        new(left.GpuMilli * count, left.CpuMilli * count, left.MemoryMiB * count);

    /// <summary>Component-wise sum (the named alternative to <c>+</c>).</summary>
    public static Resources Add(Resources left, Resources right) => left + right;

    /// <summary>Component-wise difference (the named alternative to <c>-</c>).</summary>
    public static Resources Subtract(Resources left, Resources right) => left - right;

    /// <summary>Repetition (the named alternative to <c>*</c>).</summary>
    public static Resources Multiply(Resources left, int count) => left * count;

    /// <summary>
    /// The dominant share of this amount in <paramref name="total"/> (Dominant Resource Fairness): the largest of the
    /// per-resource fractions; resources the total lacks are ignored.
    /// </summary>
    public double DominantShare(Resources total)
    {
        var share = 0d;
        if (total.GpuMilli > 0)
        {
            share = Math.Max(share, (double)GpuMilli / total.GpuMilli);
        }

        if (total.CpuMilli > 0)
        {
            share = Math.Max(share, (double)CpuMilli / total.CpuMilli);
        }

        if (total.MemoryMiB > 0)
        {
            share = Math.Max(share, (double)MemoryMiB / total.MemoryMiB);
        }

        return share;
    }

    /// <summary>Converts a GPU count (fractional allowed) to thousandths.</summary>
    public static long ToGpuMilli(decimal gpus) => (long)decimal.Round(gpus * 1000m, MidpointRounding.AwayFromZero);

    /// <inheritdoc/>
    public override string ToString() => $"gpu={GpuMilli / 1000m} cpu={CpuMilli / 1000m} mem={MemoryMiB}Mi";
}
