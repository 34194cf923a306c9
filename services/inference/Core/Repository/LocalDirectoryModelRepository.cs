namespace MlPlatform.Inference.Repository;

/// <summary>A model repository in a local directory (the default; also what a pulled remote store looks like).</summary>
public sealed class LocalDirectoryModelRepository : IModelRepository
{
    private readonly string _root;

    /// <summary>Points at <paramref name="root"/>, which must exist.</summary>
    public LocalDirectoryModelRepository(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        _root = Path.GetFullPath(root);
        if (!Directory.Exists(_root))
        {
            throw new DirectoryNotFoundException($"Model repository directory '{_root}' does not exist.");
        }
    }

    /// <inheritdoc/>
    public string Location => _root;

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> ListModelsAsync(CancellationToken cancellationToken = default)
    {
        var models = Path.Combine(_root, ModelRepositoryLayout.ModelsFolder);
        IReadOnlyList<string> names = Directory.Exists(models)
            ? Directory.GetDirectories(models).Select(d => Path.GetFileName(d)!).Where(ModelRepositoryLayout.IsValidSegment).Order(StringComparer.Ordinal).ToArray()
            : [];
        return Task.FromResult(names);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> ListVersionsAsync(string model, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(_root, ModelRepositoryLayout.ModelsFolder, Checked(model));
        IReadOnlyList<string> versions = Directory.Exists(folder)
            ? Directory.GetDirectories(folder)
                .Where(d => File.Exists(Path.Combine(d, ModelRepositoryLayout.ModelFile)))
                .Select(d => Path.GetFileName(d)!)
                .Where(ModelRepositoryLayout.IsValidSegment)
                .Order(Comparer<string>.Create(ModelRepositoryLayout.CompareVersions))
                .ToArray()
            : [];
        return Task.FromResult(versions);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<string, string>> ReadAliasesAsync(string model, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(_root, ModelRepositoryLayout.AliasesFolder, Checked(model));
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return aliases;
        }

        foreach (var file in Directory.GetFiles(folder))
        {
            var alias = Path.GetFileName(file);
            if (ModelRepositoryLayout.IsValidSegment(alias))
            {
                aliases[alias] = (await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false)).Trim();
            }
        }

        return aliases;
    }

    /// <inheritdoc/>
    public async Task<ModelVersionMetadata> ReadMetadataAsync(string model, string version, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(_root, ModelRepositoryLayout.MetadataKey(Checked(model), Checked(version)));
        return File.Exists(path)
            ? ModelVersionMetadata.Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), path)
            : ModelVersionMetadata.Empty;
    }

    /// <inheritdoc/>
    public async Task<byte[]> ReadVersionFileAsync(string model, string version, string file, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(_root, ModelRepositoryLayout.ModelsFolder, Checked(model), Checked(version), Checked(file));
        return File.Exists(path)
            ? await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)
            : throw new FileNotFoundException($"No file at '{path}'.", path);
    }

    /// <inheritdoc/>
    public Task<string> GetModelFileAsync(string model, string version, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(_root, ModelRepositoryLayout.ModelKey(Checked(model), Checked(version)));
        return File.Exists(path) ? Task.FromResult(path) : throw new FileNotFoundException($"No model file at '{path}'.", path);
    }

    private static string Checked(string segment) =>
        ModelRepositoryLayout.IsValidSegment(segment) ? segment : throw new ArgumentException($"'{segment}' is not a valid model, version or alias name.", nameof(segment));
}
