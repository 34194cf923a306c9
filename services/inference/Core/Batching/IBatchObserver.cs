namespace MlPlatform.Inference.Batching;

/// <summary>Receives what a <see cref="DynamicBatcher"/> does (metrics are one implementation).</summary>
public interface IBatchObserver
{
    /// <summary>The queue now holds <paramref name="depth"/> requests.</summary>
    void QueueDepthChanged(int depth);

    /// <summary>A request waited <paramref name="wait"/> before its batch started.</summary>
    void Waited(TimeSpan wait);

    /// <summary>A batch of <paramref name="rows"/> rows from <paramref name="requests"/> requests ran in <paramref name="compute"/>.</summary>
    void Executed(int requests, long rows, TimeSpan compute);
}
