using System.Globalization;
using System.Text;
using MlPlatform.CostModel;

namespace MlPlatform.Policies;

/// <summary>Renders a <see cref="PolicyReport"/> as a console table or as Markdown for a pull-request comment.</summary>
public static class ReportWriter
{
    /// <summary>Plain-text tables for a terminal.</summary>
    public static string Text(PolicyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = report.After;
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Policy and cost: {report.Title} ({report.Context.Environment}, {report.Context.Cloud.ToString().ToLowerInvariant()} {report.Context.Region}), {result.ResourceCount} resources, {result.RulesEvaluated.Length} rules"));
        text.AppendLine();
        text.AppendLine("Cost (USD per month)       min        expected   max");
        if (report.CostBefore is { } before)
        {
            text.AppendLine(CostLine("before", before.Total));
        }

        text.AppendLine(CostLine(report.CostBefore is null ? "estimate" : "after", result.Costs.Total));
        if (report.CostBefore is not null)
        {
            text.AppendLine(CostLine("delta", report.Delta));
        }

        foreach (var pool in result.Costs.Pools)
        {
            text.AppendLine(CostLine($"  pool {pool.Name}", pool.Range) + Invariant($"  ({Show.Number(pool.MaxGpus)} GPUs max, {Show.Percent(pool.SpotSharePercent)} spot)"));
        }

        foreach (var team in result.Costs.Teams)
        {
            text.AppendLine(CostLine($"  team {team.Team}", team.Range) + Invariant($"  (quota {team.GpuQuota} GPUs)"));
        }

        text.AppendLine();
        if (result.Violations.IsEmpty)
        {
            text.AppendLine("No policy violations.");
        }
        else
        {
            var rows = result.Violations.Select(v => new[] { v.Enforcement.ToString().ToLowerInvariant(), v.RuleId, v.Urn, v.Measured, v.Limit }).ToList();
            string[] header = ["level", "rule", "resource", "measured", "limit"];
            var widths = header.Select((h, i) => Math.Min(90, rows.Select(r => r[i].Length).Append(h.Length).Max())).ToArray();
            text.AppendLine(Row(header, widths));
            text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
            foreach (var row in rows)
            {
                text.AppendLine(Row(row, widths));
            }

            text.AppendLine();
            text.AppendLine(Invariant($"{result.Mandatory.Count()} mandatory, {result.Advisory.Count()} advisory violation(s)."));
        }

        foreach (var missing in result.Costs.Unpriced)
        {
            text.AppendLine($"unpriced: {missing}");
        }

        return text.ToString();
    }

    /// <summary>Markdown for a pull-request comment or a job summary.</summary>
    public static string Markdown(PolicyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = report.After;
        var md = new StringBuilder();
        var verdict = result.HasMandatoryViolations ? ":x: **blocked**: mandatory policy violations" : ":white_check_mark: **passes** every mandatory policy";
        md.AppendLine(Invariant($"### Policy and cost: {Escape(report.Title)}"));
        md.AppendLine();
        md.AppendLine(Invariant($"{verdict} — environment `{report.Context.Environment}`, {report.Context.Cloud.ToString().ToLowerInvariant()} `{report.Context.Region}`, {result.ResourceCount} resources, {result.RulesEvaluated.Length} rules."));
        md.AppendLine();
        md.AppendLine("| Monthly cost (USD) | min | expected | max |");
        md.AppendLine("|---|---:|---:|---:|");
        if (report.CostBefore is { } before)
        {
            md.AppendLine(CostRow("before", before.Total));
            md.AppendLine(CostRow("**after**", result.Costs.Total));
            md.AppendLine(CostRow("**delta**", report.Delta, signed: true));
        }
        else
        {
            md.AppendLine(CostRow("**estimate**", result.Costs.Total));
        }

        foreach (var pool in result.Costs.Pools)
        {
            md.AppendLine(CostRow(Invariant($"pool `{pool.Name}` ({Show.Number(pool.MaxGpus)} GPUs max, {Show.Percent(pool.SpotSharePercent)} spot)"), pool.Range));
        }

        foreach (var team in result.Costs.Teams)
        {
            md.AppendLine(CostRow(Invariant($"team `{team.Team}` (quota {team.GpuQuota} GPUs)"), team.Range));
        }

        md.AppendLine();
        if (result.Violations.IsEmpty)
        {
            md.AppendLine("No policy violations.");
        }
        else
        {
            md.AppendLine("| Level | Rule | Resource | Measured | Limit |");
            md.AppendLine("|---|---|---|---|---|");
            foreach (var v in result.Violations.OrderBy(v => v.Enforcement).ThenBy(v => v.RuleId, StringComparer.Ordinal))
            {
                md.AppendLine(Invariant($"| {v.Enforcement.ToString().ToLowerInvariant()} | `{v.RuleId}` | `{Escape(v.Urn)}` | {Escape(v.Measured)} | {Escape(v.Limit)} |"));
            }
        }

        if (!result.Costs.Unpriced.IsEmpty)
        {
            md.AppendLine();
            md.AppendLine("<details><summary>Not priced</summary>");
            md.AppendLine();
            foreach (var missing in result.Costs.Unpriced)
            {
                md.AppendLine(Invariant($"- {Escape(missing)}"));
            }

            md.AppendLine();
            md.AppendLine("</details>");
        }

        md.AppendLine();
        md.AppendLine("<sub>Estimates: GPU nodes from the on-demand and spot price snapshots, other items at list prices (`policies/CostModel/Data/list-prices.csv`); spot groups at the snapshot spot price; max = the costlier of spot full or spot gone with fallback full. Not a quote.</sub>");
        return md.ToString();
    }

    private static string CostLine(string label, CostRange range) =>
        Invariant($"{label,-24} {range.MinUsdPerMonth,10:0.00} {range.ExpectedUsdPerMonth,10:0.00} {range.MaxUsdPerMonth,10:0.00}");

    private static string CostRow(string label, CostRange range, bool signed = false)
    {
        var format = signed ? "+0.00;-0.00;0.00" : "0.00";
        return Invariant($"| {label} | {range.MinUsdPerMonth.ToString(format, CultureInfo.InvariantCulture)} | {range.ExpectedUsdPerMonth.ToString(format, CultureInfo.InvariantCulture)} | {range.MaxUsdPerMonth.ToString(format, CultureInfo.InvariantCulture)} |");
    }

    private static string Row(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => (c.Length > widths[i] ? c[..(widths[i] - 1)] + "…" : c).PadRight(widths[i]))).TrimEnd();

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
