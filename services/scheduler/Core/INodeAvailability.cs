namespace MlPlatform.Scheduler.Core;

/// <summary>Which nodes cannot take work right now (reclaimed spot nodes being replaced, cordoned nodes).</summary>
public interface INodeAvailability
{
    /// <summary>The unavailable node names at <paramref name="now"/>.</summary>
    IReadOnlySet<string> UnavailableNodes(DateTimeOffset now);
}
