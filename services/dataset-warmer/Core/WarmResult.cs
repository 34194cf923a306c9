namespace MlPlatform.DatasetWarmer;

/// <summary>What warming one dataset version did.</summary>
public enum WarmOutcome
{
    /// <summary>It was already cached.</summary>
    Hit,

    /// <summary>It was fetched and verified.</summary>
    Fetched,
}

/// <summary>The outcome of warming one version, with the versions evicted to make room.</summary>
public sealed record WarmResult(DatasetRef Dataset, WarmOutcome Outcome, long Bytes, IReadOnlyList<DatasetRef> Evicted);
