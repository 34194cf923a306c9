namespace MlPlatform.DatasetWarmer;

/// <summary>One object of a dataset version.</summary>
/// <param name="Key">Object key in the store (relative to the store's prefix).</param>
/// <param name="Path">Where the object lands below the version's cache directory (relative, no <c>..</c>).</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the content.</param>
/// <param name="Size">Content length in bytes.</param>
public sealed record ManifestEntry(string Key, string Path, string Sha256, long Size);
