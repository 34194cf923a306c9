namespace MlPlatform.Scheduler.Configuration;

/// <summary>A team, its bearer token (from a secret), GPU quota, monthly budget and fair-share weight.</summary>
public sealed record TeamOptions
{
    public string? Name { get; init; }

    public string? Token { get; init; }

    public decimal GpuQuota { get; init; }

    public decimal? MonthlyBudgetUsd { get; init; }

    public double Weight { get; init; } = 1;

    public bool CanBorrow { get; init; } = true;

    /// <summary>The Kubernetes namespace of the team's runs; null runs them in <c>Executor:Namespace</c>.</summary>
    public string? Namespace { get; init; }
}
