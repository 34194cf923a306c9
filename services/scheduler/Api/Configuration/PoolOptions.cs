namespace MlPlatform.Scheduler.Api.Configuration;

/// <summary>A pool: an instance type in a region bought as spot or on-demand; shape and price come from the price tables.</summary>
internal sealed class PoolOptions
{
    public string? Name { get; set; }

    /// <summary><c>aws</c> or <c>azure</c>.</summary>
    public string Cloud { get; set; } = "aws";

    public string? InstanceType { get; set; }

    public string? Region { get; set; }

    /// <summary><c>spot</c> or <c>on-demand</c>.</summary>
    public string Capacity { get; set; } = "on-demand";

    public int Nodes { get; set; }

    /// <summary>Whether jobs may request fractions of a GPU here.</summary>
    public bool AllowsSharing { get; set; }
}
