namespace MlPlatform.DatasetWarmer;

/// <summary>A complete dataset version in the cache: its size and when it was last used.</summary>
public sealed record CachedVersion(DatasetRef Dataset, long Bytes, DateTimeOffset LastUsed);
