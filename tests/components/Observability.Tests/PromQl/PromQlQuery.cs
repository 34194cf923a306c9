namespace MlPlatform.Components.Observability.Tests.PromQl;

/// <summary>A parsed expression: its type and the metric names and functions it uses.</summary>
public sealed record PromQlQuery(PromQlType Type, IReadOnlySet<string> Metrics, IReadOnlySet<string> Functions);
