using System.Collections.Immutable;
using MlPlatform.Components;

namespace MlPlatform.Stacks.Config;

/// <summary>
/// A stack's config after binding: the typed <see cref="PlatformConfig"/> with defaults filled in (a wrong value is
/// replaced by its default so the rules can still run), the full key path of every value the stack sets (rules that a
/// setting "applies only to" something need to know it was set), and the per-field problems found while binding.
/// </summary>
public sealed record BoundStackConfig(PlatformConfig Config, ImmutableHashSet<string> SetKeys, IReadOnlyList<SpecError> Errors)
{
    /// <summary>Whether the stack sets <paramref name="path"/> (<c>mlplatform:registry.sku</c>) to something other than null.</summary>
    public bool IsSet(string path) => SetKeys.Contains(path);
}
