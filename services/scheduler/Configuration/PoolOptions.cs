namespace MlPlatform.Scheduler.Configuration;

/// <summary>A pool: an instance type in a region bought as spot or on-demand; shape and price come from the price tables.</summary>
public sealed record PoolOptions
{
    public string? Name { get; init; }

    /// <summary><c>aws</c> or <c>azure</c>.</summary>
    public string Cloud { get; init; } = "aws";

    public string? InstanceType { get; init; }

    public string? Region { get; init; }

    /// <summary><c>spot</c> or <c>on-demand</c>.</summary>
    public string Capacity { get; init; } = "on-demand";

    public int Nodes { get; init; }

    /// <summary>Whether jobs may request fractions of a GPU here.</summary>
    public bool AllowsSharing { get; init; }
}
