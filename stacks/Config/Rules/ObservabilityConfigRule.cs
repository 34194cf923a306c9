using System.Globalization;
using MlPlatform.Components;

namespace MlPlatform.Stacks.Config.Rules;

/// <summary>
/// Observability: enabled needs the DCGM exporter image; the latency objective must be a bucket edge of the runtime's
/// histogram (else its good-request ratio is not exact); per-team queue-wait objectives must name configured teams.
/// </summary>
public sealed class ObservabilityConfigRule : IConfigRule
{
    public string Concept => "observability";

    public IEnumerable<SpecError> Check(ConfigRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var spec = context.Config.Observability;
        var key = ConfigRuleContext.Key("observability");
        if (!spec.Enabled)
        {
            yield break;
        }

        if (spec.DcgmExporterImage is null)
        {
            yield return new SpecError($"{key}.dcgmExporterImage", "is required while observability is enabled: the DCGM exporter image pinned by digest (nvcr.io/nvidia/k8s/dcgm-exporter@sha256:<64 hex>)");
        }

        if (!ObservabilitySpec.LatencyBounds.Contains(spec.InferenceLatencySeconds))
        {
            yield return new SpecError($"{key}.inferenceLatencySeconds", $"must be one of the runtime's latency bucket edges {string.Join(", ", ObservabilitySpec.LatencyBounds.Select(b => b.ToString(CultureInfo.InvariantCulture)))} (got {spec.InferenceLatencySeconds.ToString(CultureInfo.InvariantCulture)})");
        }

        var teams = context.Config.Teams.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var team in spec.TeamQueueWaitObjectiveMinutes.Keys.Where(t => !teams.Contains(t)).Order(StringComparer.Ordinal))
        {
            yield return new SpecError($"{key}.teamQueueWaitObjectiveMinutes.{team}", $"names no team of mlplatform:teams (known: {string.Join(", ", teams.Order(StringComparer.Ordinal))})");
        }
    }
}
