namespace MlPlatform.KubernetesSchemas.Tests;

/// <summary>One thing a schema rejects.</summary>
/// <param name="Path">JSON pointer of the offending value in the object, e.g. <c>/spec/template/spec/containers/0/ports/0</c>.</param>
/// <param name="SchemaPath">Where in the schema the check is (the evaluation path), e.g. <c>/properties/spec/…/additionalProperties</c>.</param>
/// <param name="Keyword">The failing keyword (<c>type</c>, <c>required</c>, <c>enum</c>, …; empty for a <c>false</c> schema).</param>
public sealed record SchemaError(string Path, string SchemaPath, string Keyword, string Message)
{
    public override string ToString() => $"{(Path.Length == 0 ? "/" : Path)}: {Message} [{(Keyword.Length == 0 ? "false schema" : Keyword)} at {SchemaPath}]";
}
