using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.PulumiSurface.Tests.Fixtures;

/// <summary>A resource shaped like the generated ones.</summary>
[ResourceType(Token, "1.0.0")]
public sealed class FixtureResource : CustomResource
{
    public const string Token = "fixture:index:Thing";

    public FixtureResource(string name, FixtureArgs args, CustomResourceOptions? options = null)
        : base(Token, name, args, options)
    {
    }

    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("tags")]
    public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;
}
