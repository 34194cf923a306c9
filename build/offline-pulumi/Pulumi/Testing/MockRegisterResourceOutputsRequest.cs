using System.Collections.Immutable;

namespace Pulumi.Testing;

/// <summary>What <see cref="IMocks.RegisterResourceOutputs"/> is told.</summary>
public class MockRegisterResourceOutputsRequest
{
#pragma warning disable CA1051 // The real SDK exposes these as public fields.
    public readonly string Urn;

    public readonly ImmutableDictionary<string, Output<object?>> Outputs;
#pragma warning restore CA1051

    public MockRegisterResourceOutputsRequest(string urn, ImmutableDictionary<string, Output<object?>> outputs)
    {
        Urn = urn;
        Outputs = outputs;
    }
}
