namespace MlPlatform.Scheduler.Simulation;

/// <summary>A <see cref="TimeProvider"/> whose time moves only when the simulator sets it.</summary>
public sealed class VirtualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves time forward to <paramref name="time"/> (never backward).</summary>
    public void AdvanceTo(DateTimeOffset time)
    {
        if (time > _now)
        {
            _now = time;
        }
    }
}
