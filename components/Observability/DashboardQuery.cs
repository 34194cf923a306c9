namespace MlPlatform.Components.Observability;

/// <summary>One PromQL query of a panel and the legend of its series (Grafana template, e.g. <c>{{pool}}</c>).</summary>
public sealed record DashboardQuery(string Expression, string Legend);
