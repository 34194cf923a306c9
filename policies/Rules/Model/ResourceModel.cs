using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using MlPlatform.Stacks.Previews;

namespace MlPlatform.Policies;

/// <summary>
/// Builds <see cref="PolicyResource"/>s from previews and stack exports, decoding Pulumi's wire encoding: the unknown
/// marker becomes <see cref="UnknownValue"/>, secrets <see cref="SecretValue"/> (plaintext kept when an export has it;
/// <c>pulumi preview --json</c> writes each secret as the string <c>[secret]</c>, whose plaintext is not known), numbers
/// <see cref="double"/>, objects string-keyed maps. Provider resources and the engine's <c>__defaults</c> lists are left out.
/// </summary>
public static class ResourceModel
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = ImmutableDictionary<string, object?>.Empty;

    /// <summary>The resources the stack will have after the plan (every resource of an export).</summary>
    public static IReadOnlyList<PolicyResource> After(PlanFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Preview is not { } preview)
        {
            return WithPendingOperations(file.ResourcesAfter.Where(IsPolicyRelevant).Select(FromState).ToList(), file.Export!.Deployment.PendingOperations);
        }

        // A preview's new state has no outputs; for resources that exist already, the old state's outputs are what the
        // provider reported (defaults such as S3's AES256 encryption), and stay true unless the step changes them.
        return preview.Steps
            .Where(s => StepOps.ExistsAfter(s.Op) && s.NewState is not null)
            .Select(s => s.NewState!.Outputs is null && s.OldState?.Outputs is { } known && s.Op is StepOps.Same or StepOps.Update or StepOps.Refresh
                ? s.NewState with { Outputs = known }
                : s.NewState!)
            .Where(IsPolicyRelevant)
            .Select(FromState)
            .ToList();
    }

    /// <summary>The resources the stack has before the plan (every resource of an export).</summary>
    public static IReadOnlyList<PolicyResource> Before(PlanFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.ResourcesBefore.Where(IsPolicyRelevant).Select(FromState).ToList();
    }

    /// <summary>One engine state as a policy resource.</summary>
    public static PolicyResource FromState(ResourceState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var type = ResourceTypes.Normalize(state.Type.Length > 0 ? state.Type : PulumiUrn.TypeOf(state.Urn));
        return new PolicyResource(
            state.Urn,
            type,
            PulumiUrn.NameOf(state.Urn),
            state.Inputs is null ? Empty : ToMap(state.Inputs),
            state.Outputs is null ? Empty : ToMap(state.Outputs),
            state.Parent,
            state.PropertyDependencies);
    }

    /// <summary>
    /// Marks the resources of an interrupted update's pending operations (each <c>{"resource": state, "type": op}</c>),
    /// adding those the checkpoint does not list yet (a <c>creating</c> that never finished).
    /// </summary>
    public static IReadOnlyList<PolicyResource> WithPendingOperations(List<PolicyResource> resources, IReadOnlyList<JsonElement>? operations)
    {
        ArgumentNullException.ThrowIfNull(resources);
        foreach (var operation in operations ?? [])
        {
            if (operation.ValueKind != JsonValueKind.Object
                || !operation.TryGetProperty("resource", out var raw) || raw.ValueKind != JsonValueKind.Object
                || ReadState(raw) is not { } state || state.Urn.Length == 0)
            {
                continue;
            }

            var kind = operation.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString()! : "unknown";
            var index = resources.FindIndex(r => r.Urn == state.Urn);
            if (index >= 0)
            {
                resources[index] = resources[index] with { PendingOperation = kind };
            }
            else if (IsPolicyRelevant(state))
            {
                resources.Add(FromState(state) with { PendingOperation = kind });
            }
        }

        return resources;
    }

    private static ResourceState? ReadState(JsonElement raw)
    {
        try
        {
            return raw.Deserialize<ResourceState>();
        }
        catch (JsonException)
        {
            // A pending operation whose resource is not a state has no resource the rules could name; the checkpoint's
            // own resources are still evaluated.
            return null;
        }
    }

    /// <summary>Decodes one wire value.</summary>
    public static object? FromJson(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
                return PropertyValues.SignatureOf(obj) switch
                {
                    PropertyValues.SecretSignature => new SecretValue(obj.TryGetPropertyValue("plaintext", out var plain) && plain is JsonValue p && p.TryGetValue<string>(out var text)
                        ? DecodePlaintext(text)
                        : obj.TryGetPropertyValue("value", out var value) ? FromJson(value) : null),
                    _ => ToMap(obj),
                };
            case JsonArray array:
                var list = new object?[array.Count];
                for (var i = 0; i < array.Count; i++)
                {
                    list[i] = FromJson(array[i]);
                }

                return list;
            case JsonValue value:
                return value.GetValueKind() switch
                {
                    JsonValueKind.String => value.GetValue<string>() switch
                    {
                        PropertyValues.UnknownString => UnknownValue.Instance,
                        PropertyValues.SecretString => new SecretValue(null),
                        var s => s,
                    },
                    JsonValueKind.Number => value.GetValue<double>(),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static Dictionary<string, object?> ToMap(JsonObject obj)
    {
        var map = new Dictionary<string, object?>(obj.Count, StringComparer.Ordinal);
        foreach (var (key, value) in obj)
        {
            if (key != "__defaults")
            {
                map[key] = FromJson(value);
            }
        }

        return map;
    }

    private static object? DecodePlaintext(string text)
    {
        try
        {
            return FromJson(JsonNode.Parse(text));
        }
        catch (JsonException)
        {
            return text;
        }
    }

    // A state marked `delete: true` is the old half of a create-before-delete replacement that the engine still has to
    // delete: its successor is in the same document, so counting both would price and quota the resource twice.
    private static bool IsPolicyRelevant(ResourceState state) =>
        !state.Type.StartsWith("pulumi:providers:", StringComparison.Ordinal) && state.Delete != true;
}
