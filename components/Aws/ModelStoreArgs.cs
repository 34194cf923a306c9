namespace MlPlatform.Components.Aws;

/// <summary>Inputs of <see cref="ModelStore"/>.</summary>
public sealed class ModelStoreArgs
{
    /// <summary>Name prefix, e.g. <c>mlp-dev</c>. Required.</summary>
    public required string NamePrefix { get; init; }

    public required CommonTags Tags { get; init; }

    /// <summary>Overwritten or deleted artifacts stay recoverable this long.</summary>
    public int NoncurrentVersionExpiryDays { get; init; } = 90;
}
