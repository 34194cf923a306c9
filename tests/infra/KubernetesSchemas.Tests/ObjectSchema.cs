using Json.Schema;

namespace MlPlatform.KubernetesSchemas.Tests;

/// <summary>The schema one kind of object (or one chart's values) is checked against.</summary>
/// <param name="File">Path below <c>data/schemas</c>.</param>
public sealed record ObjectSchema(string File, SchemaOrigin Origin, JsonSchema Schema);
