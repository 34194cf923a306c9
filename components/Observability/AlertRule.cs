using System.Collections.Immutable;

namespace MlPlatform.Components.Observability;

/// <summary>One Prometheus alerting rule as the PrometheusRule carries it.</summary>
/// <param name="Group">The rule group (one per concern).</param>
/// <param name="Name">The alert name; its lowercase form is the anchor of its runbook in docs/observability.md.</param>
/// <param name="Expression">The PromQL expression; a result means the alert is pending or firing.</param>
/// <param name="For">How long the expression must hold (Prometheus duration), or null to fire at once.</param>
/// <param name="Severity"><see cref="AlertSeverity"/>: critical pages, warning opens a ticket.</param>
/// <param name="Summary">One line for the notification.</param>
/// <param name="Description">What it means, with the labels of the alert as templates.</param>
/// <param name="Labels">Extra labels (for example the team a per-team rule is about).</param>
public sealed record AlertRule(
    string Group,
    string Name,
    string Expression,
    string? For,
    string Severity,
    string Summary,
    string Description,
    ImmutableDictionary<string, string>? Labels = null)
{
    /// <summary>The anchor of the alert's runbook section in docs/observability.md.</summary>
    public string RunbookAnchor => Name.ToLowerInvariant();
}
