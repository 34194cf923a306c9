namespace MlPlatform.PulumiSurface.Tests;

/// <summary>
/// A member as the assembly under test declares it. <see cref="Required"/> is set for inputs; <see cref="DeclaredNullable"/>
/// is the top-level annotation of a non-collection input property (the generator writes it as <c>!required</c>).
/// </summary>
public sealed record DeclaredMember(string Wire, string Name, string Type, bool? Required = null, bool? DeclaredNullable = null);
