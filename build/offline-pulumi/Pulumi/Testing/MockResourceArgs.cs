using System.Collections.Immutable;

namespace Pulumi.Testing;

/// <summary>What <see cref="IMocks.NewResourceAsync"/> is told about a resource.</summary>
public class MockResourceArgs
{
    public string? Type { get; set; }

    public string? Name { get; set; }

    /// <summary>The known inputs, as plain values: numbers as double, lists as ImmutableArray, maps as ImmutableDictionary.</summary>
    public ImmutableDictionary<string, object> Inputs { get; set; } = null!;

    public string? Provider { get; set; }

    public string? Id { get; set; }
}
