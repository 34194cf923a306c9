using System.Text.Json;

namespace MlPlatform.PulumiSurface.Tests;

/// <summary>
/// One real member: <see cref="Wire"/> and <see cref="Type"/> for properties and fields (the type written as the
/// generator declares it, non-primitive types fully qualified), <see cref="Value"/> for an enum member.
/// </summary>
public sealed record SurfaceMember(
    string Name,
    string? Wire = null,
    string? Type = null,
    bool? Required = null,
    JsonElement? Default = null,
    JsonElement? Value = null);
