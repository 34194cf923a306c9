using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.PulumiSurface.Tests.Fixtures;

/// <summary>An output type shaped like the generated ones: fields set by an [OutputConstructor] named by wire name.</summary>
[OutputType]
#pragma warning disable CA1051 // Generated output types expose public readonly fields; the fixture must look the same.
public sealed class FixtureOutput
{
    public readonly bool? Enabled;
    public readonly string Id;
    public readonly ImmutableArray<string> Zones;

    [OutputConstructor]
    private FixtureOutput(bool? enabled, string id, ImmutableArray<string> zones)
    {
        Enabled = enabled;
        Id = id;
        Zones = zones;
    }
}
#pragma warning restore CA1051
