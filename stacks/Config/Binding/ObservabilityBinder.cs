using System.Globalization;

namespace MlPlatform.Stacks.Config.Binding;

/// <summary>Binds <c>mlplatform:observability</c> with <see cref="ObservabilitySpec.Default"/>'s values for what is not set.</summary>
internal static class ObservabilityBinder
{
    public static ObservabilitySpec Bind(ConfigNode node, BindContext context)
    {
        var d = ObservabilitySpec.Default;
        var image = node.String("dcgmExporterImage", string.Empty);
        if (image.Length > 0 && !ConfigPatterns.ImageByDigest().IsMatch(image))
        {
            context.Errors.Add($"{node.Path}.dcgmExporterImage", $"must reference an image by digest, repository@sha256:<64 hex digits>, never a tag (got '{image}')");
        }

        var runbook = node.String("runbookBaseUrl", d.RunbookBaseUrl);
        if (!Uri.TryCreate(runbook, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || runbook.Contains('#', StringComparison.Ordinal))
        {
            context.Errors.Add($"{node.Path}.runbookBaseUrl", $"must be an http(s) URL without a fragment (got '{runbook}')");
        }

        var spec = new ObservabilitySpec(
            node.Bool("enabled", d.Enabled),
            image.Length > 0 ? image : null,
            node.StringMap("selectorLabels"),
            runbook,
            node.Int("gpuIdlePercent", d.GpuIdlePercent, 1, 100),
            node.Int("gpuIdleMinutes", d.GpuIdleMinutes, 5, 1440),
            node.Int("queueWaitObjectiveMinutes", d.QueueWaitObjectiveMinutes, 1, 10080),
            node.IntMap("teamQueueWaitObjectiveMinutes", 1, 10080),
            node.Int("spotReclaimsPerHour", d.SpotReclaimsPerHour, 1, 10000),
            Percent(node, "inferenceAvailabilityPercent", d.InferenceAvailabilityPercent, context),
            node.Decimal("inferenceLatencySeconds", d.InferenceLatencySeconds, 0.001m),
            Percent(node, "inferenceLatencyPercent", d.InferenceLatencyPercent, context),
            node.Int("inferenceQueueDepth", d.InferenceQueueDepth, 1, 100000),
            Percent(node, "inferenceRejectedPercent", d.InferenceRejectedPercent, context),
            node.Int("cacheHitRatioPercent", d.CacheHitRatioPercent, 1, 100),
            node.Int("budgetProjectionPercent", d.BudgetProjectionPercent, 1, 1000),
            node.Int("leaderMissingMinutes", d.LeaderMissingMinutes, 1, 60));
        node.RejectUnknownKeys();
        return spec;
    }

    // Objectives of exactly 100 % leave no error budget, so every burn-rate alert would divide by zero.
    private static decimal Percent(ConfigNode node, string key, decimal fallback, BindContext context)
    {
        var value = node.Decimal(key, fallback, 0.001m);
        if (value >= 100)
        {
            context.Errors.Add($"{node.Path}.{key}", $"must be below 100 (got {value.ToString(CultureInfo.InvariantCulture)})");
        }

        return value;
    }
}
