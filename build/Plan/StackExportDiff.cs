using System.Collections.Immutable;
using System.Text.Json.Nodes;
using MlPlatform.Stacks.Previews;

namespace MlPlatform.Plan;

/// <summary>
/// Turns a plan of a new stack into real operations against what is deployed (a <c>pulumi stack export</c> file):
/// resources only in the plan are created, only in the export deleted, and those in both compared input by input:
/// <c>same</c>, <c>update</c>, or <c>replace</c> where a changed input is immutable (<see cref="ReplacementRules"/>).
/// Inputs still unknown in the plan are not counted as changes: only the provider can tell once they are known.
/// </summary>
public static class StackExportDiff
{
    public static StackExport Load(string path)
    {
        try
        {
            var file = PulumiJson.ReadFile(path);
            return file.Export ?? throw new PlanException(2, $"{path}: expected a `pulumi stack export` file (deployment format v3), got a {file.Kind} file");
        }
        catch (PulumiJsonException e)
        {
            throw new PlanException(2, e.Message, e);
        }
        catch (IOException e)
        {
            throw new PlanException(2, $"{path}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Refuses an export of another project or stack (its resources' URNs say which): diffing against it would plan
    /// deleting a stranger's resources. An export without resources says nothing and passes.
    /// </summary>
    public static void CheckSameStack(PlanResult plan, StackExport export, string path)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(export);
        var found = (export.Deployment.Resources ?? [])
            .Select(r => r.Urn.Split("::"))
            .Where(parts => parts.Length >= 4 && parts[0].StartsWith("urn:pulumi:", StringComparison.Ordinal))
            .Select(parts => (Stack: parts[0]["urn:pulumi:".Length..], Project: parts[1]))
            .FirstOrDefault();
        if (found == default || (found.Stack == plan.Stack && found.Project == plan.Project))
        {
            return;
        }

        throw new PlanException(2, $"{path} is an export of project '{found.Project}' stack '{found.Stack}', not of project '{plan.Project}' stack '{plan.Stack}'; pass --force to diff against it anyway");
    }

    public static PlanResult Apply(PlanResult plan, StackExport export)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(export);
        var deployed = (export.Deployment.Resources ?? [])
            .Where(r => r.Delete != true)
            .GroupBy(r => r.Urn)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<PlannedResource>();
        foreach (var planned in plan.Resources)
        {
            if (!deployed.Remove(planned.Urn, out var old))
            {
                result.Add(planned with { Operation = PlanOperation.Create });
                continue;
            }

            var changed = ChangedKeys(planned.Inputs, old.Inputs);
            var replace = ReplacementRules.ReplaceReasons(planned.Type, changed);
            var operation = changed.IsEmpty ? PlanOperation.Same : replace.IsEmpty ? PlanOperation.Update : PlanOperation.Replace;
            result.Add(planned with { Operation = operation, DiffReasons = changed, ReplaceReasons = replace });
        }

        foreach (var gone in deployed.Values)
        {
            result.Add(new PlannedResource(
                gone.Urn,
                gone.Type,
                gone.Urn.Split("::")[^1],
                gone.Custom,
                gone.Parent,
                gone.Provider,
                ToPlain(gone.Inputs),
                PlanOperation.Delete,
                [],
                []));
        }

        return plan with { Resources = result.ToImmutable() };
    }

    /// <summary>
    /// Top-level input keys whose values differ, ignoring the provider's bookkeeping (<c>__defaults</c>). A value still
    /// unknown in the plan, or secret on either side, matches anything at its place: only the provider can tell.
    /// </summary>
    public static ImmutableArray<string> ChangedKeys(ImmutableDictionary<string, object?> planned, JsonObject? deployed)
    {
        ArgumentNullException.ThrowIfNull(planned);
        var old = deployed ?? [];
        var keys = planned.Keys.Concat(old.Select(p => p.Key)).Where(k => k != "__defaults").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var changed = ImmutableArray.CreateBuilder<string>();
        foreach (var key in keys)
        {
            planned.TryGetValue(key, out var newValue);
            if (!MayEqual(PropertyValues.ToNode(newValue), old[key]))
            {
                changed.Add(key);
            }
        }

        return changed.ToImmutable();
    }

    private static bool MayEqual(JsonNode? planned, JsonNode? deployed)
    {
        if (PropertyValues.IsUnknown(planned) || IsSecret(planned) || IsSecret(deployed))
        {
            return true;
        }

        switch (Normalize(planned), Normalize(deployed))
        {
            case (JsonObject p, JsonObject d):
                var keys = p.Select(e => e.Key).Concat(d.Select(e => e.Key)).Where(k => k != "__defaults").Distinct(StringComparer.Ordinal);
                return keys.All(k => MayEqual(p[k], d[k]));
            case (JsonArray p, JsonArray d):
                return p.Count == d.Count && p.Zip(d).All(pair => MayEqual(pair.First, pair.Second));
            case var (p, d):
                return JsonNode.DeepEquals(p, d);
        }
    }

    // The plan shows a secret as the CLI does ("[secret]"); an export keeps it in a secret envelope.
    private static bool IsSecret(JsonNode? node) =>
        PropertyValues.IsSecret(node) || (node is JsonValue v && v.TryGetValue<string>(out var s) && s == PropertyValues.SecretString);

    // An empty list or map and an absent value mean the same to a provider.
    private static JsonNode? Normalize(JsonNode? node) => node switch
    {
        JsonArray { Count: 0 } => null,
        JsonObject { Count: 0 } => null,
        _ => node,
    };

    private static ImmutableDictionary<string, object?> ToPlain(JsonObject? inputs) =>
        (inputs ?? []).Where(p => p.Key != "__defaults")
            .ToImmutableDictionary(p => p.Key, p => (object?)p.Value?.DeepClone());
}
