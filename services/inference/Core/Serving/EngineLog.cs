using Microsoft.Extensions.Logging;

namespace MlPlatform.Inference.Serving;

internal static partial class EngineLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Loaded {Model} version {Version} on {Provider} (batching {Batching}); warm-up took {WarmupMs:F1} ms")]
    public static partial void VersionLoaded(ILogger logger, string model, string version, string provider, bool batching, double warmupMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Routing {Model}: stable {Stable}, canary {Canary} at {CanaryWeight}, shadow {Shadow}")]
    public static partial void Routed(ILogger logger, string model, string stable, string? canary, double canaryWeight, string? shadow);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Retired {Model} version {Version}")]
    public static partial void VersionRetired(ILogger logger, string model, string version);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Rolled back canary {Model} version {Version}: {Reason} (error rate {CanaryErrorRate:P1} vs {StableErrorRate:P1}, p99 {CanaryP99Ms:F2} ms vs {StableP99Ms:F2} ms)")]
    public static partial void RolledBack(ILogger logger, string model, string version, string reason, double canaryErrorRate, double stableErrorRate, double canaryP99Ms, double stableP99Ms);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Alias {Alias} of {Model} names version {Version}, which is not in the repository; ignored")]
    public static partial void DanglingAlias(ILogger logger, string model, string alias, string version);

    // One line per failure: the reason is in the message, not a multi-line stack trace.
    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "Could not load {Model} version {Version}: {Reason}")]
    public static partial void LoadFailed(ILogger logger, string model, string version, string reason);

    [LoggerMessage(EventId = 7, Level = LogLevel.Error, Message = "Could not load model {Model}: {Reason}")]
    public static partial void ModelFailed(ILogger logger, string model, string reason);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "Draining: {Versions} model versions finish their in-flight and queued requests")]
    public static partial void Draining(ILogger logger, int versions);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "Shadow {Model} version {Version} differs from {Primary}: {Difference}")]
    public static partial void ShadowMismatch(ILogger logger, string model, string version, string primary, string? difference);
}
