using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.Infra;

/// <summary>
/// Extra stack-level transformations a host adds to the program, for example the plan tool's recorder. They run
/// after the platform's own policy checks, on every resource as it is declared.
/// </summary>
public sealed record PlatformStackHooks(ImmutableArray<ResourceTransformation> Transformations)
{
    public static readonly PlatformStackHooks None = new(ImmutableArray<ResourceTransformation>.Empty);
}
