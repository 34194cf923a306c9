namespace MlPlatform.KubernetesSchemas.Tests;

/// <summary>An object of a stack that its schema rejects (or that has no schema), with every error.</summary>
/// <param name="Schema">The file below <c>data/schemas</c>, or null when there is none.</param>
public sealed record ObjectFailure(string Stack, string Resource, string Kind, string? Schema, IReadOnlyList<string> Errors)
{
    public override string ToString() =>
        $"{Stack} / {Resource} ({Kind}{(Schema is null ? string.Empty : $", {Schema}")}):{string.Concat(Errors.Select(e => $"\n    {e}"))}";
}
