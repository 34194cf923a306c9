using Pulumi;

namespace MlPlatform.PulumiSurface.Tests;

/// <summary>A resource that carries one nested input object, so the engine shows how that object serializes.</summary>
public sealed class ProbeResource : CustomResource
{
    public const string Token = "surface:index:Probe";

    public ProbeResource(string name, ProbeArgs args)
        // Options passed explicitly: the real CustomResource has a second constructor (with a package registration)
        // whose optional parameters make the three-argument call ambiguous (CS0121).
        : base(Token, name, args, null)
    {
    }
}
