namespace MlPlatform.Inference.Rollout;

/// <summary>Keeps a model's shadow comparison totals and a bounded history. Thread-safe.</summary>
public sealed class ShadowRecorder
{
    private readonly int _capacity;
    private readonly Lock _gate = new();
    private readonly Queue<ShadowComparison> _recent = new();
    private long _matches;
    private long _mismatches;
    private long _errors;
    private long _dropped;

    /// <summary>Keeps up to <paramref name="capacity"/> recent comparisons.</summary>
    public ShadowRecorder(int capacity) => _capacity = Math.Max(1, capacity);

    /// <summary>Records a comparison.</summary>
    public void Record(ShadowComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        lock (_gate)
        {
            if (comparison.Match)
            {
                _matches++;
            }
            else
            {
                _mismatches++;
            }

            _recent.Enqueue(comparison);
            while (_recent.Count > _capacity)
            {
                _recent.Dequeue();
            }
        }
    }

    /// <summary>Counts a failed shadow inference.</summary>
    public void RecordError() => Interlocked.Increment(ref _errors);

    /// <summary>Counts a skipped shadow copy.</summary>
    public void RecordDropped() => Interlocked.Increment(ref _dropped);

    /// <summary>The current totals and history.</summary>
    public ShadowReport Snapshot()
    {
        lock (_gate)
        {
            return new ShadowReport(_matches, _mismatches, Interlocked.Read(ref _errors), Interlocked.Read(ref _dropped), _recent.ToArray());
        }
    }
}
