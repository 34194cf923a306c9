using System.Collections.Immutable;

namespace Pulumi.Testing;

/// <summary>What <see cref="IMocks.CallAsync"/> is told about a provider function call.</summary>
public class MockCallArgs
{
    public string? Token { get; set; }

    public ImmutableDictionary<string, object> Args { get; set; } = null!;

    public string? Provider { get; set; }
}
