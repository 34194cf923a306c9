namespace MlPlatform.Registry;

/// <summary>
/// The few operations the registry needs from the model store: read with an entity tag, conditional write, list by
/// prefix. Keys use '/' separators and the model store's layout (<c>models/&lt;m&gt;/&lt;v&gt;/…</c>,
/// <c>aliases/&lt;m&gt;/&lt;alias&gt;</c>).
/// </summary>
public interface IRegistryStore
{
    /// <summary>Where the store is, for messages (<c>s3://bucket/prefix/</c>, a directory path, …).</summary>
    string Location { get; }

    /// <summary>The object under <paramref name="key"/>, or null when there is none.</summary>
    Task<StoredObject?> ReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Writes <paramref name="content"/> when <paramref name="condition"/> holds and returns the new entity tag.</summary>
    /// <exception cref="ConcurrentUpdateException">The condition did not hold.</exception>
    Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken = default);

    /// <summary>Every key that starts with <paramref name="prefix"/>, in ordinal order.</summary>
    Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken = default);
}
