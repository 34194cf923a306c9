using System.Collections.Immutable;

namespace MlPlatform.Components.Observability;

/// <summary>A Grafana dashboard: stable uid (its ConfigMap's name and the URL Grafana serves), title, panels in reading order.</summary>
public sealed record Dashboard(string Uid, string Title, ImmutableArray<DashboardPanel> Panels)
{
    /// <summary>Every PromQL expression of the dashboard.</summary>
    public IEnumerable<string> Expressions => Panels.SelectMany(p => p.Queries).Select(q => q.Expression);
}
