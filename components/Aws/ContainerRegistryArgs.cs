using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.Components.Aws;

/// <summary>Inputs of <see cref="ContainerRegistry"/>.</summary>
public sealed class ContainerRegistryArgs
{
    /// <summary>Name prefix; repositories are <c>&lt;prefix&gt;/&lt;image&gt;</c>. Required.</summary>
    public required string NamePrefix { get; init; }

    public required CommonTags Tags { get; init; }

    /// <summary>One repository per image.</summary>
    public ImmutableArray<string> Repositories { get; init; } = ["scheduler", "inference", "dataset-warmer"];

    public int UntaggedExpiryDays { get; init; } = 7;

    public int KeepLastImages { get; init; } = 50;

    /// <summary>The only principals (node roles) allowed to pull. Required.</summary>
    public required InputList<string> PullPrincipalArns { get; init; }
}
