namespace MlPlatform.Scheduler.Configuration;

/// <summary>A queue and its priority (higher first).</summary>
public sealed record QueueOptions
{
    public string? Name { get; init; }

    public int Priority { get; init; }
}
