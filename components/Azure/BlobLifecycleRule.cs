using System.Collections.Immutable;

namespace MlPlatform.Components.Azure;

/// <summary>A storage lifecycle management rule, in plain values (turned into a management policy by the components).</summary>
/// <param name="Name">Rule name.</param>
/// <param name="PrefixMatch">Blob prefixes (<c>container/path</c>) the rule applies to.</param>
/// <param name="DeleteVersionsAfterDays">Previous (noncurrent) versions are deleted this many days after they were superseded; null keeps them.</param>
/// <param name="CoolAfterDays">Current blobs move to the cool tier this many days after their last change; null keeps them hot.</param>
public sealed record BlobLifecycleRule(string Name, ImmutableArray<string> PrefixMatch, int? DeleteVersionsAfterDays, int? CoolAfterDays)
{
    /// <summary>
    /// The model store's rules: noncurrent versions of model artifacts expire after <paramref name="noncurrentVersionExpiryDays"/>
    /// (a rollback window), and artifacts untouched for <paramref name="coolAfterDays"/> move to the cool tier. Aliases are
    /// small and read on every deploy, so they stay hot.
    /// </summary>
    public static ImmutableArray<BlobLifecycleRule> ForModelStore(string container, int noncurrentVersionExpiryDays, int coolAfterDays = 90)
    {
        ArgumentException.ThrowIfNullOrEmpty(container);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(noncurrentVersionExpiryDays);
        return
        [
            new("expire-noncurrent-versions", [$"{container}/"], noncurrentVersionExpiryDays, null),
            new("cool-idle-models", [$"{container}/models/"], null, coolAfterDays),
        ];
    }
}
