namespace MlPlatform.Inference.Repository;

/// <summary>
/// The layout logic shared by object-store back-ends (S3, Azure Blob): they supply listing, reading and downloading by key;
/// model files are cached under a local directory, downloaded once (versions are immutable) and renamed into place atomically.
/// </summary>
public abstract class ObjectStoreModelRepository : IModelRepository
{
    private readonly string _cacheDirectory;

    /// <summary>Creates the repository; <paramref name="prefix"/> is prepended to every key (may be empty).</summary>
    protected ObjectStoreModelRepository(string prefix, string cacheDirectory)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentException.ThrowIfNullOrEmpty(cacheDirectory);
        Prefix = prefix.Length == 0 || prefix.EndsWith('/') ? prefix : prefix + "/";
        _cacheDirectory = cacheDirectory;
    }

    /// <summary>The key prefix, empty or ending in '/'.</summary>
    protected string Prefix { get; }

    /// <inheritdoc/>
    public abstract string Location { get; }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> ListModelsAsync(CancellationToken cancellationToken = default)
    {
        var folders = await ListFoldersAsync($"{Prefix}{ModelRepositoryLayout.ModelsFolder}/", cancellationToken).ConfigureAwait(false);
        return folders.Where(ModelRepositoryLayout.IsValidSegment).Order(StringComparer.Ordinal).ToArray();
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> ListVersionsAsync(string model, CancellationToken cancellationToken = default)
    {
        var prefix = $"{Prefix}{ModelRepositoryLayout.ModelsFolder}/{Checked(model)}/";
        var keys = await ListKeysAsync(prefix, cancellationToken).ConfigureAwait(false);
        return keys
            .Select(k => k[prefix.Length..].Split('/'))
            .Where(parts => parts.Length == 2 && parts[1] == ModelRepositoryLayout.ModelFile && ModelRepositoryLayout.IsValidSegment(parts[0]))
            .Select(parts => parts[0])
            .Distinct(StringComparer.Ordinal)
            .Order(Comparer<string>.Create(ModelRepositoryLayout.CompareVersions))
            .ToArray();
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, string>> ReadAliasesAsync(string model, CancellationToken cancellationToken = default)
    {
        var prefix = $"{Prefix}{ModelRepositoryLayout.AliasesFolder}/{Checked(model)}/";
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in await ListKeysAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            var alias = key[prefix.Length..];
            if (ModelRepositoryLayout.IsValidSegment(alias))
            {
                var text = await ReadTextAsync(key, cancellationToken).ConfigureAwait(false);
                if (text is not null)
                {
                    aliases[alias] = text.Trim();
                }
            }
        }

        return aliases;
    }

    /// <inheritdoc/>
    public async Task<ModelVersionMetadata> ReadMetadataAsync(string model, string version, CancellationToken cancellationToken = default)
    {
        var key = Prefix + ModelRepositoryLayout.MetadataKey(Checked(model), Checked(version));
        var text = await ReadTextAsync(key, cancellationToken).ConfigureAwait(false);
        return text is null ? ModelVersionMetadata.Empty : ModelVersionMetadata.Parse(text, $"{Location}/{key}");
    }

    /// <inheritdoc/>
    public async Task<byte[]> ReadVersionFileAsync(string model, string version, string file, CancellationToken cancellationToken = default)
    {
        var key = $"{Prefix}{ModelRepositoryLayout.ModelsFolder}/{Checked(model)}/{Checked(version)}/{Checked(file)}";
        using var buffer = new MemoryStream();
        try
        {
            await DownloadAsync(key, buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new FileNotFoundException($"Could not read '{Location}/{key}': {ex.Message}", key, ex);
        }

        return buffer.ToArray();
    }

    /// <inheritdoc/>
    public async Task<string> GetModelFileAsync(string model, string version, CancellationToken cancellationToken = default)
    {
        var key = Prefix + ModelRepositoryLayout.ModelKey(Checked(model), Checked(version));
        var target = Path.Combine(_cacheDirectory, model, version, ModelRepositoryLayout.ModelFile);
        if (File.Exists(target))
        {
            return target;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = $"{target}.{Guid.NewGuid():N}.partial";
        try
        {
            var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                await DownloadAsync(key, stream, cancellationToken).ConfigureAwait(false);
            }

            File.Move(partial, target, overwrite: true);
            return target;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>The immediate sub-folder names under <paramref name="prefix"/>.</summary>
    protected abstract Task<IReadOnlyList<string>> ListFoldersAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>Every key under <paramref name="prefix"/> (recursively).</summary>
    protected abstract Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>The object's text, or null when it does not exist.</summary>
    protected abstract Task<string?> ReadTextAsync(string key, CancellationToken cancellationToken);

    /// <summary>Copies the object into <paramref name="destination"/>.</summary>
    protected abstract Task DownloadAsync(string key, Stream destination, CancellationToken cancellationToken);

    private static string Checked(string segment) =>
        ModelRepositoryLayout.IsValidSegment(segment) ? segment : throw new ArgumentException($"'{segment}' is not a valid model, version or alias name.", nameof(segment));
}
