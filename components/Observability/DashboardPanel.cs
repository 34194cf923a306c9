using System.Collections.Immutable;

namespace MlPlatform.Components.Observability;

/// <summary>One Grafana panel: a title, the unit of its values (Grafana unit id), its queries and its visualisation.</summary>
public sealed record DashboardPanel(string Title, string Unit, ImmutableArray<DashboardQuery> Queries, string Type = DashboardPanel.TimeSeries)
{
    /// <summary>A graph over time.</summary>
    public const string TimeSeries = "timeseries";

    /// <summary>A single current value.</summary>
    public const string Stat = "stat";
}
