namespace MlPlatform.Scheduler.Api.Configuration;

/// <summary>A team, its bearer token (from a secret), GPU quota, monthly budget and fair-share weight.</summary>
internal sealed class TeamOptions
{
    public string? Name { get; set; }

    public string? Token { get; set; }

    public decimal GpuQuota { get; set; }

    public decimal? MonthlyBudgetUsd { get; set; }

    public double Weight { get; set; } = 1;

    public bool CanBorrow { get; set; } = true;

    /// <summary>The Kubernetes namespace of the team's runs; null runs them in <c>Executor:Namespace</c>.</summary>
    public string? Namespace { get; set; }
}
