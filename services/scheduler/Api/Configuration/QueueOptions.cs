namespace MlPlatform.Scheduler.Api.Configuration;

/// <summary>A queue and its priority (higher first).</summary>
internal sealed class QueueOptions
{
    public string? Name { get; set; }

    public int Priority { get; set; }
}
