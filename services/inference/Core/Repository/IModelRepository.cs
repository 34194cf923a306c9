namespace MlPlatform.Inference.Repository;

/// <summary>Where models come from: a local directory, an S3 bucket or an Azure Blob container, all in <see cref="ModelRepositoryLayout"/>.</summary>
public interface IModelRepository
{
    /// <summary>Where this repository points (for logs and metadata).</summary>
    string Location { get; }

    /// <summary>The model names present.</summary>
    Task<IReadOnlyList<string>> ListModelsAsync(CancellationToken cancellationToken = default);

    /// <summary>The versions of a model that hold a model file, oldest first.</summary>
    Task<IReadOnlyList<string>> ListVersionsAsync(string model, CancellationToken cancellationToken = default);

    /// <summary>The model's aliases: alias name → version.</summary>
    Task<IReadOnlyDictionary<string, string>> ReadAliasesAsync(string model, CancellationToken cancellationToken = default);

    /// <summary>A version's metadata (<see cref="ModelVersionMetadata.Empty"/> when it has no metadata file).</summary>
    Task<ModelVersionMetadata> ReadMetadataAsync(string model, string version, CancellationToken cancellationToken = default);

    /// <summary>A small file of the version folder (a warm-up request), read whole.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    Task<byte[]> ReadVersionFileAsync(string model, string version, string file, CancellationToken cancellationToken = default);

    /// <summary>A local path of the version's model file, downloading it first for remote stores.</summary>
    Task<string> GetModelFileAsync(string model, string version, CancellationToken cancellationToken = default);
}
