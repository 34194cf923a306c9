using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace MlPlatform.Plan;

/// <summary>Prints a plan for people: the component/resource tree, the stack outputs (secrets masked) and a summary.</summary>
public static class PlanRenderer
{
    public static void Render(PlanResult plan, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(console);
        console.Write(new Rule($"[bold]Plan[/] {Markup.Escape(plan.Project)}/{Markup.Escape(plan.Stack)} ({plan.Config.Cloud.ToString().ToLowerInvariant()} {Markup.Escape(plan.Config.Region)})").LeftJustified());
        var stack = plan.Resources[0];
        var tree = new Tree(Label(stack));
        var children = plan.Resources.Skip(1).Where(r => r.ParentUrn is not null).ToLookup(r => r.ParentUrn!);
        var shown = new HashSet<string>(StringComparer.Ordinal) { stack.Urn };
        AddChildren(tree, stack.Urn, children, shown);
        foreach (var root in plan.Resources.Where(r => r.ParentUrn is null && r.Urn != stack.Urn))
        {
            shown.Add(root.Urn);
            AddChildren(tree.AddNode(Label(root)), root.Urn, children, shown);
        }

        // A resource whose parent is not in the plan (a delete left by a renamed stack or component, an export of another
        // stack diffed with --force) still belongs in the tree: every delete must be visible.
        var planned = plan.Resources.Select(r => r.Urn).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in plan.Resources.Where(r => !shown.Contains(r.Urn) && !planned.Contains(r.ParentUrn ?? string.Empty)))
        {
            shown.Add(orphan.Urn);
            var node = tree.AddNode($"{Label(orphan)} [grey](parent {Markup.Escape(orphan.ParentUrn ?? "none")} not in the plan)[/]");
            AddChildren(node, orphan.Urn, children, shown);
        }

        console.Write(tree);
        console.WriteLine();

        var outputs = new Table().Border(TableBorder.Rounded).Title("Stack outputs").AddColumn("Output").AddColumn("Value");
        foreach (var output in plan.Outputs.Values.OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            outputs.AddRow(Markup.Escape(output.Name), output.Secret ? "[grey][[secret]][/]" : output.Known ? Markup.Escape(Format(output.Value)) : "[grey](known after deployment)[/]");
        }

        console.Write(outputs);
        if (plan.PriceTables is { } prices)
        {
            // The cost estimate in the policy output is only as current as the tables it came from.
            console.MarkupLine($"[grey]{Markup.Escape(prices.Describe())}[/]");
            if (prices.Warning() is { } warning)
            {
                console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
            }
        }

        var summary = string.Join(", ", plan.Summary.OrderBy(s => s.Key).Select(s => $"{s.Value} to {Verb(s.Key)}"));
        console.MarkupLine($"[bold]Resources:[/] {plan.Resources.Length} ({Markup.Escape(summary)})");
    }

    private static void AddChildren(IHasTreeNodes node, string parentUrn, ILookup<string, PlannedResource> children, HashSet<string> shown)
    {
        foreach (var child in children[parentUrn])
        {
            if (!shown.Add(child.Urn))
            {
                continue;
            }

            var childNode = node.AddNode(Label(child));
            AddChildren(childNode, child.Urn, children, shown);
        }
    }

    private static string Label(PlannedResource r)
    {
        var (symbol, color) = r.Operation switch
        {
            PlanOperation.Create => ("+", "green"),
            PlanOperation.Update => ("~", "yellow"),
            PlanOperation.Replace => ("+-", "magenta"),
            PlanOperation.Delete => ("-", "red"),
            _ => (" ", "grey"),
        };
        var reasons = r.DiffReasons.IsDefaultOrEmpty ? string.Empty : $" [grey][[{Markup.Escape(string.Join(", ", r.DiffReasons))}]][/]";
        var kind = r.Custom ? string.Empty : " [blue](component)[/]";
        return $"[{color}]{symbol}[/] {Markup.Escape(r.Type)} [bold]{Markup.Escape(r.Name)}[/]{kind}{reasons}";
    }

    private static string Verb(PlanOperation op) => op switch
    {
        PlanOperation.Same => "leave unchanged",
        PlanOperation.Create => "create",
        PlanOperation.Update => "update",
        PlanOperation.Replace => "replace",
        PlanOperation.Delete => "delete",
        _ => op.ToString().ToLowerInvariant(),
    };

    private static string Format(object? value) => value switch
    {
        null => "null",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value),
    };
}
