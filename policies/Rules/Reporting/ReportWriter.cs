using System.Globalization;
using System.Text;
using MlPlatform.CostModel;
using MlPlatform.Stacks.Previews;

namespace MlPlatform.Policies;

/// <summary>
/// Renders a <see cref="PolicyReport"/> as a console table or as Markdown for a pull-request comment: blocking before
/// pre-existing, mandatory before advisory, per-pool before/after/delta, unpriced never shown as 0.00, every value
/// escaped for GitHub Markdown, and the comment kept under GitHub's size limit.
/// </summary>
public static class ReportWriter
{
    /// <summary>GitHub refuses comments of 65,536 characters or more; this leaves room for the action's own header.</summary>
    public const int CommentLimit = 60_000;

    // Pools and teams are listed up to these counts (those whose cost moves most first); the totals include them all.
    private const int MaxPoolRows = 100;
    private const int MaxTeamRows = 100;

    /// <summary>Plain-text tables for a terminal.</summary>
    public static string Text(PolicyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = report.After;
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Policy and cost: {report.Title} ({report.Context.Environment}, {report.Context.Cloud.ToString().ToLowerInvariant()} {report.Context.Region}), {result.ResourceCount} resources, {result.RulesEvaluated.Length} rules"));
        text.AppendLine();
        text.AppendLine("Cost (USD per month)       min        expected   max");
        var unpriced = !result.Costs.Unpriced.IsEmpty;
        if (report.CostBefore is { } before)
        {
            text.AppendLine(CostLine("before", before.Total, !before.Unpriced.IsEmpty));
        }

        text.AppendLine(CostLine(report.CostBefore is null ? "estimate" : "after", result.Costs.Total, unpriced));
        if (report.CostBefore is not null)
        {
            text.AppendLine(CostLine("delta", report.Delta, unpriced || !report.CostBefore.Unpriced.IsEmpty));
        }

        foreach (var pool in result.Costs.Pools)
        {
            text.AppendLine(CostLine($"  pool {pool.Name}", pool.Range, pool.HasUnpricedGroups) + Invariant($"  ({Show.Number(pool.MaxGpus)} GPUs max, {Show.Percent(pool.SpotSharePercent)} spot)"));
        }

        foreach (var team in result.Costs.Teams)
        {
            text.AppendLine(CostLine($"  team {team.Team}", team.Range, false) + Invariant($"  (quota {team.GpuQuota} GPUs)"));
        }

        text.AppendLine();
        if (result.Violations.IsEmpty)
        {
            text.AppendLine("No policy violations.");
        }
        else
        {
            var labels = Labels(result.Violations.Select(v => v.Urn));
            var rows = Ordered(report).Select(v => new[] { Level(report, v), v.RuleId, labels[v.Urn], v.Measured, v.Limit }).ToList();
            string[] header = ["level", "rule", "resource", "measured", "limit"];
            var widths = header.Select((h, i) => Math.Min(i == 2 ? 110 : 70, rows.Select(r => r[i].Length).Append(h.Length).Max())).ToArray();
            text.AppendLine(Row(header, widths));
            text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
            foreach (var row in rows)
            {
                text.AppendLine(Row(row, widths));
            }

            text.AppendLine();
            var preExisting = result.Violations.Count(report.IsPreExisting);
            text.AppendLine(Invariant($"{result.Mandatory.Count()} mandatory, {result.Advisory.Count()} advisory violation(s){(preExisting > 0 ? $"; {preExisting} pre-existing (not blocking)" : string.Empty)}."));
        }

        foreach (var missing in result.Costs.Unpriced)
        {
            text.AppendLine($"unpriced: {missing}");
        }

        return text.ToString();
    }

    /// <summary>
    /// Markdown for a pull-request comment (<paramref name="maxLength"/> characters at most: the most important rows
    /// first, then how many more the full report holds) or, with <c>int.MaxValue</c>, the full report for the job summary.
    /// </summary>
    public static string Markdown(PolicyReport report, int maxLength = CommentLimit)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = report.After;
        var md = new StringBuilder();
        var blocking = report.Blocking.Count();
        var preExisting = result.Violations.Count(report.IsPreExisting);
        var verdict = blocking > 0
            ? Invariant($":x: **blocked**: {blocking} mandatory violation{(blocking == 1 ? string.Empty : "s")} this change brings")
            : ":white_check_mark: **passes**: this change brings no mandatory violation";
        md.AppendLine(Invariant($"### Policy and cost: {Cell(report.Title)}"));
        md.AppendLine();
        md.AppendLine(Invariant($"{verdict}{(preExisting > 0 ? $" ({preExisting} pre-existing, listed below, do not block)" : string.Empty)} — environment {Code(report.Context.Environment)}, {report.Context.Cloud.ToString().ToLowerInvariant()} {Code(report.Context.Region)}, {result.ResourceCount} resources, {result.RulesEvaluated.Length} rules."));
        md.AppendLine();
        CostTable(md, report);
        md.AppendLine();

        var footer = new StringBuilder();
        if (!result.Costs.Unpriced.IsEmpty)
        {
            footer.AppendLine();
            footer.AppendLine(Invariant($"<details><summary>Not priced ({result.Costs.Unpriced.Length})</summary>"));
            footer.AppendLine();
            foreach (var missing in result.Costs.Unpriced.Take(50))
            {
                footer.AppendLine(Invariant($"- {Cell(missing)}"));
            }

            if (result.Costs.Unpriced.Length > 50)
            {
                footer.AppendLine(Invariant($"- … {result.Costs.Unpriced.Length - 50} more in the job summary"));
            }

            footer.AppendLine();
            footer.AppendLine("</details>");
        }

        footer.AppendLine();
        footer.AppendLine("<sub>Estimates: GPU nodes from the on-demand and spot price snapshots, other items at list prices (`policies/CostModel/Data/list-prices.csv`); spot groups at the snapshot spot price; max = the costlier of spot full or spot gone with fallback full. \"unpriced\": a node type the tables lack, so the figure is a lower bound. Not a quote.</sub>");

        if (result.Violations.IsEmpty)
        {
            md.AppendLine("No policy violations.");
            return md.Append(footer).ToString();
        }

        var labels = Labels(result.Violations.Select(v => v.Urn));
        var ordered = Ordered(report).ToList();
        var header = "| Level | Rule | Resource | Measured | Limit |\n|---|---|---|---|---|\n";
        md.Append(header);
        var written = 0;
        foreach (var v in ordered)
        {
            var row = Invariant($"| {Level(report, v)} | {Code(v.RuleId)} | {Code(labels[v.Urn])} | {Cell(v.Measured)} | {Cell(v.Limit)} |\n");
            // Keep room for the "more" line and the footer.
            if (md.Length + row.Length + footer.Length + 200 > maxLength)
            {
                break;
            }

            md.Append(row);
            written++;
        }

        if (written < ordered.Count)
        {
            md.AppendLine();
            md.AppendLine(Invariant($"**{ordered.Count - written} more violation{(ordered.Count - written == 1 ? string.Empty : "s")}** (of {ordered.Count}) in the job summary and the `policy-report` artifact; the rows above are the most important."));
        }

        return md.Append(footer).ToString();
    }

    private static void CostTable(StringBuilder md, PolicyReport report)
    {
        var result = report.After;
        var before = report.CostBefore;
        var unpricedAfter = !result.Costs.Unpriced.IsEmpty;
        var unpricedBefore = before is not null && !before.Unpriced.IsEmpty;
        md.AppendLine("| Monthly cost (USD) | min | expected | max |");
        md.AppendLine("|---|---:|---:|---:|");
        if (before is not null)
        {
            md.AppendLine(CostRow("before", before.Total, unpricedBefore));
            md.AppendLine(CostRow("**after**", result.Costs.Total, unpricedAfter));
            md.AppendLine(CostRow("**delta**", report.Delta, unpricedAfter || unpricedBefore, signed: true));
        }
        else
        {
            md.AppendLine(CostRow("**estimate**", result.Costs.Total, unpricedAfter));
        }

        if (!result.Costs.Pools.IsEmpty || before is { Pools.IsEmpty: false })
        {
            md.AppendLine();
            md.AppendLine("| Pool | before (max) | after (max) | delta (max) | GPUs max | spot |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|");
            var now = result.Costs.Pools.GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var then = (before?.Pools ?? []).GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            // The pools whose cost moves most first; a large stack's remaining pools are counted, not listed.
            var names = now.Keys.Union(then.Keys, StringComparer.Ordinal)
                .OrderByDescending(n => Math.Abs((now.GetValueOrDefault(n)?.Range.MaxUsdPerMonth ?? 0m) - (then.GetValueOrDefault(n)?.Range.MaxUsdPerMonth ?? 0m)))
                .ThenByDescending(n => now.GetValueOrDefault(n)?.Range.MaxUsdPerMonth ?? 0m)
                .ThenBy(n => n, StringComparer.Ordinal)
                .ToList();
            foreach (var name in names.Take(MaxPoolRows))
            {
                var after = now.GetValueOrDefault(name);
                var old = then.GetValueOrDefault(name);
                var nowText = after is null ? "—" : Usd(after.Range.MaxUsdPerMonth, after.HasUnpricedGroups);
                var thenText = before is null || old is null ? "—" : Usd(old.Range.MaxUsdPerMonth, old.HasUnpricedGroups);
                var deltaText = after?.HasUnpricedGroups == true || old?.HasUnpricedGroups == true
                    ? "unpriced"
                    : ((after?.Range.MaxUsdPerMonth ?? 0m) - (old?.Range.MaxUsdPerMonth ?? 0m)).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
                md.AppendLine(Invariant($"| {Code(name)} | {thenText} | {nowText} | {deltaText} | {(after is null ? "—" : Show.Number(after.MaxGpus))} | {(after is null ? "—" : Show.Percent(after.SpotSharePercent))} |"));
            }

            if (names.Count > MaxPoolRows)
            {
                md.AppendLine(Invariant($"| … {names.Count - MaxPoolRows} more pools (their cost is in the totals above) | | | | | |"));
            }
        }

        if (!result.Costs.Teams.IsEmpty)
        {
            md.AppendLine();
            md.AppendLine("| Team | quota | min | expected | max |");
            md.AppendLine("|---|---:|---:|---:|---:|");
            foreach (var team in result.Costs.Teams.OrderByDescending(t => t.Range.MaxUsdPerMonth).Take(MaxTeamRows))
            {
                md.AppendLine(Invariant($"| {Code(team.Team)} | {team.GpuQuota} GPUs | {Usd(team.Range.MinUsdPerMonth, false)} | {Usd(team.Range.ExpectedUsdPerMonth, false)} | {Usd(team.Range.MaxUsdPerMonth, false)} |"));
            }
        }
    }

    // Blocking mandatory, blocking advisory, pre-existing mandatory, pre-existing advisory; then by rule and resource.
    private static IEnumerable<PolicyViolation> Ordered(PolicyReport report) =>
        report.After.Violations
            .OrderBy(v => report.IsPreExisting(v))
            .ThenBy(v => v.Enforcement == EnforcementLevel.Mandatory ? 0 : 1)
            .ThenBy(v => v.RuleId, StringComparer.Ordinal)
            .ThenBy(v => v.Urn, StringComparer.Ordinal);

    private static string Level(PolicyReport report, PolicyViolation v) =>
        v.Enforcement.ToString().ToLowerInvariant() + (report.IsPreExisting(v) ? " (pre-existing)" : string.Empty);

    /// <summary>
    /// What a reader can tell resources apart by: type and name (<c>aws:autoscaling/group:Group gpu-nodes</c>); where
    /// two share both, the parent chain of the type is kept too. Non-URN subjects stay as they are.
    /// </summary>
    internal static IReadOnlyDictionary<string, string> Labels(IEnumerable<string> urns)
    {
        var distinct = urns.Distinct(StringComparer.Ordinal).ToList();
        var shortLabels = distinct.ToDictionary(u => u, Short, StringComparer.Ordinal);
        var clashes = shortLabels.GroupBy(p => p.Value, StringComparer.Ordinal).Where(g => g.Count() > 1).SelectMany(g => g.Select(p => p.Key)).ToHashSet(StringComparer.Ordinal);
        return distinct.ToDictionary(u => u, u => clashes.Contains(u) ? Long(u) : shortLabels[u], StringComparer.Ordinal);

        static string Short(string urn) => urn.StartsWith("urn:pulumi:", StringComparison.Ordinal) ? $"{PulumiUrn.TypeOf(urn)} {PulumiUrn.NameOf(urn)}" : urn;

        static string Long(string urn)
        {
            var parts = urn.Split("::");
            return parts.Length >= 4 ? $"{parts[2]} {PulumiUrn.NameOf(urn)}" : urn;
        }
    }

    /// <summary>Text in a table cell: HTML and Markdown specials escaped, one line.</summary>
    internal static string Cell(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '|' => "\\|",
                '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '~' => "\\" + c,
                '\r' => string.Empty,
                '\n' => " ",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>Text as a code span: literal inside (no HTML, no emphasis), with the table's pipe and any backticks handled.</summary>
    internal static string Code(string text)
    {
        var flat = text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
        var fence = flat.Contains('`', StringComparison.Ordinal) ? "`` " : "`";
        var close = fence == "`` " ? " ``" : "`";
        return fence + flat + close;
    }

    private static string Usd(decimal value, bool unpriced) =>
        unpriced ? (value > 0m ? Invariant($"≥ {value:0.00} + unpriced") : "unpriced") : value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string CostLine(string label, CostRange range, bool unpriced) => unpriced
        ? Invariant($"{label,-24} {Tag(range.MinUsdPerMonth),10} {Tag(range.ExpectedUsdPerMonth),10} {Tag(range.MaxUsdPerMonth),10}")
        : Invariant($"{label,-24} {range.MinUsdPerMonth,10:0.00} {range.ExpectedUsdPerMonth,10:0.00} {range.MaxUsdPerMonth,10:0.00}");

    // In the terminal table a figure with an unpriced part is a lower bound.
    private static string Tag(decimal value) => value > 0m ? Invariant($">={value:0.00}") : "unpriced";

    private static string CostRow(string label, CostRange range, bool unpriced, bool signed = false)
    {
        if (unpriced && signed)
        {
            return Invariant($"| {label} | unpriced | unpriced | unpriced |");
        }

        if (unpriced)
        {
            return Invariant($"| {label} | {Usd(range.MinUsdPerMonth, true)} | {Usd(range.ExpectedUsdPerMonth, true)} | {Usd(range.MaxUsdPerMonth, true)} |");
        }

        var format = signed ? "+0.00;-0.00;0.00" : "0.00";
        return Invariant($"| {label} | {range.MinUsdPerMonth.ToString(format, CultureInfo.InvariantCulture)} | {range.ExpectedUsdPerMonth.ToString(format, CultureInfo.InvariantCulture)} | {range.MaxUsdPerMonth.ToString(format, CultureInfo.InvariantCulture)} |");
    }

    private static string Row(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => (c.Length > widths[i] ? c[..(widths[i] - 1)] + "…" : c).PadRight(widths[i]))).TrimEnd();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
