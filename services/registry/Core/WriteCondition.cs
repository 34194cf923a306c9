namespace MlPlatform.Registry;

/// <summary>
/// When a write may happen: always, only if the key does not exist yet, or only if it still holds the content the caller
/// read (its entity tag). The last two are how concurrent writers never lose each other's updates.
/// </summary>
public readonly record struct WriteCondition
{
    private WriteCondition(string? ifMatch, bool ifAbsent)
    {
        IfMatch = ifMatch;
        IfAbsent = ifAbsent;
    }

    /// <summary>Write whatever is there.</summary>
    public static WriteCondition None => default;

    /// <summary>Write only if nothing is stored under the key.</summary>
    public static WriteCondition Absent => new(null, ifAbsent: true);

    /// <summary>The entity tag the stored object must still have, or null.</summary>
    public string? IfMatch { get; }

    /// <summary>Whether the key must not exist.</summary>
    public bool IfAbsent { get; }

    /// <summary>Write only if the stored object still has <paramref name="etag"/>.</summary>
    public static WriteCondition Matching(string etag)
    {
        ArgumentException.ThrowIfNullOrEmpty(etag);
        return new(etag, ifAbsent: false);
    }
}
