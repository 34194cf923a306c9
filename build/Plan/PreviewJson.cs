using System.Collections.Immutable;
using System.Text.Json.Nodes;
using MlPlatform.Stacks.Previews;

namespace MlPlatform.Plan;

/// <summary>Writes a plan in exactly the shape of <c>pulumi preview --json</c>, so tools that read one read the other.</summary>
public static class PreviewJson
{
    public static PreviewDocument ToDocument(PlanResult plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var steps = plan.Resources.Select(ToStep).ToList();
        return new PreviewDocument
        {
            Config = plan.ConfigValues,
            Steps = steps,
            ChangeSummary = PulumiJson.Summarize(steps),
        };
    }

    public static async Task WriteAsync(PlanResult plan, string path)
    {
        var document = ToDocument(plan);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        await using var stream = File.Create(path);
        PulumiJson.Write(document, stream);
    }

    private static PreviewStep ToStep(PlannedResource r)
    {
        var state = new ResourceState
        {
            Urn = r.Urn,
            Custom = r.Custom,
            Type = r.Type,
            Inputs = r.Inputs.IsEmpty && !r.Custom ? null : ToJson(r.Inputs),
            Parent = r.ParentUrn,
            Provider = r.Provider,
        };
        var op = r.Operation switch
        {
            PlanOperation.Create => StepOps.Create,
            PlanOperation.Update => StepOps.Update,
            PlanOperation.Replace => StepOps.Replace,
            PlanOperation.Delete => StepOps.Delete,
            _ => StepOps.Same,
        };
        return new PreviewStep
        {
            Op = op,
            Urn = r.Urn,
            Provider = r.Provider,
            NewState = r.Operation == PlanOperation.Delete ? null : state,
            OldState = r.Operation == PlanOperation.Delete ? state : null,
            DiffReasons = r.DiffReasons.IsDefaultOrEmpty ? null : r.DiffReasons,
            ReplaceReasons = r.ReplaceReasons.IsDefaultOrEmpty ? null : r.ReplaceReasons,
            DetailedDiff = r.DiffReasons.IsDefaultOrEmpty
                ? null
                : r.DiffReasons.ToImmutableDictionary(
                    k => k,
                    k => new PropertyDiff { Kind = r.ReplaceReasons.Contains(k) ? "update-replace" : "update", InputDiff = true }),
        };
    }

    internal static JsonObject ToJson(ImmutableDictionary<string, object?> inputs)
    {
        var json = new JsonObject();
        foreach (var (key, value) in inputs.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            json[key] = PropertyValues.ToNode(value);
        }

        return json;
    }
}
