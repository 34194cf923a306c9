namespace MlPlatform.Inference.Routing;

/// <summary>The production <see cref="IRandomSource"/>: <see cref="Random.Shared"/> (thread-safe).</summary>
public sealed class SharedRandomSource : IRandomSource
{
    /// <inheritdoc/>
#pragma warning disable CA5394 // Traffic splitting is not security-sensitive.
    public double NextDouble() => Random.Shared.NextDouble();
#pragma warning restore CA5394
}
