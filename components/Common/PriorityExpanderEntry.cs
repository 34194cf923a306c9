namespace MlPlatform.Components;

/// <summary>One line of the priority expander's config: node groups whose name matches <paramref name="NodeGroupPattern"/> (an anchored regular expression) get <paramref name="Priority"/>.</summary>
public sealed record PriorityExpanderEntry(int Priority, string NodeGroupPattern);
