using System.Security.Cryptography;

namespace MlPlatform.Registry;

/// <summary>
/// A registry store in a local (or shared network) directory. Conditional writes hold an exclusive lock file for the
/// read-compare-replace, so two processes promoting at once serialise; the entity tag is the content's SHA-256, and a
/// write lands by an atomic rename, so a reader never sees half a file.
/// </summary>
public sealed class LocalDirectoryStore : IRegistryStore
{
    private const string LockFile = ".registry.lock";
    private readonly string _root;
    private readonly TimeSpan _lockTimeout;

    public LocalDirectoryStore(string root, TimeSpan? lockTimeout = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        _root = Path.GetFullPath(root);
        _lockTimeout = lockTimeout ?? TimeSpan.FromSeconds(30);
    }

    public string Location => _root;

    public async Task<StoredObject?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        try
        {
            var content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            return new StoredObject(content, ETagOf(content));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var held = await AcquireLockAsync(cancellationToken).ConfigureAwait(false);
        if (condition.IfAbsent && File.Exists(path))
        {
            throw new ConcurrentUpdateException($"{key} already exists");
        }

        if (condition.IfMatch is { } expected)
        {
            var current = File.Exists(path) ? ETagOf(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)) : null;
            if (current != expected)
            {
                throw new ConcurrentUpdateException($"{key} changed since it was read");
            }
        }

        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
        return ETagOf(content.Span);
    }

    public Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (!Directory.Exists(_root))
        {
            return Task.FromResult<IReadOnlyList<string>>([]);
        }

        IReadOnlyList<string> keys = Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && !k.EndsWith(".tmp", StringComparison.Ordinal) && k != LockFile)
            .Order(StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(keys);
    }

    private static string ETagOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private string PathOf(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var path = Path.GetFullPath(Path.Combine(_root, key));
        return path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException($"key '{key}' leaves the store", nameof(key));
    }

    private async Task<FileStream> AcquireLockAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_root);
        var deadline = DateTime.UtcNow + _lockTimeout;
        var delay = TimeSpan.FromMilliseconds(5);
        while (true)
        {
            try
            {
                return new FileStream(Path.Combine(_root, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 200));
            }
        }
    }
}
