namespace MlPlatform.PulumiSurface.Tests;

/// <summary>
/// The real shape of one class or struct that the stand-in defines. <see cref="Members"/> are keyed by C# name; for an
/// enum each member has a name and a value, for the rest a wire name, a C# type and (inputs) required-ness and default.
/// </summary>
public sealed record SurfaceType(
    string Kind,
    IReadOnlyDictionary<string, SurfaceMember> Members,
    string? Token = null,
    string? Constructor = null,
    bool? ArgsRequired = null,
    IReadOnlyDictionary<string, string>? Methods = null,
    string? Underlying = null);
