namespace MlPlatform.Stacks.Config;

/// <summary>Model registry storage.</summary>
/// <param name="NoncurrentVersionExpiryDays">Overwritten or deleted model artifacts are kept this long.</param>
/// <param name="SoftDeleteDays">Deleted blobs stay recoverable this long (Azure).</param>
public sealed record ModelStoreSpec(int NoncurrentVersionExpiryDays, int SoftDeleteDays);
