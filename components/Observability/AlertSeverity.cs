namespace MlPlatform.Components.Observability;

/// <summary>The <c>severity</c> label values the alerts carry (the convention of kube-prometheus-stack's own rules).</summary>
public static class AlertSeverity
{
    /// <summary>Someone must act now: users are affected or money is burning.</summary>
    public const string Critical = "critical";

    /// <summary>Act within working hours.</summary>
    public const string Warning = "warning";
}
