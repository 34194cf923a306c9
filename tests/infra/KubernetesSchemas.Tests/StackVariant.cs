using System.Collections.Immutable;
using System.Text.Json.Nodes;
using MlPlatform.Stacks.Config;

namespace MlPlatform.KubernetesSchemas.Tests;

/// <summary>A committed stack file, optionally with some <c>mlplatform:</c> keys changed, under a name for the report.</summary>
/// <param name="Overrides"><c>mlplatform:</c> key (without the namespace) → JSON value that replaces the file's.</param>
public sealed record StackVariant(string Name, string Stack, ImmutableDictionary<string, string> Overrides)
{
    public static StackVariant Committed(string stack) => new(stack, stack, ImmutableDictionary<string, string>.Empty);

    /// <summary>This variant with <c>mlplatform:&lt;key&gt;</c> (a map in the stack file, or a new one) changed by <paramref name="edit"/>.</summary>
    public StackVariant With(string name, string key, Action<JsonObject> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var current = Overrides.TryGetValue(key, out var overridden)
            ? overridden
            : StackFile.Load(RepositoryRoot.Path, Stack).Values.GetValueOrDefault($"mlplatform:{key}");
        var json = current is null ? new JsonObject() : JsonNode.Parse(current)!.AsObject();
        edit(json);
        return new StackVariant(name, Stack, Overrides.SetItem(key, json.ToJsonString()));
    }

    public override string ToString() => Name;
}
