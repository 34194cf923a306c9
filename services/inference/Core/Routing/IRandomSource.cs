namespace MlPlatform.Inference.Routing;

/// <summary>Randomness for traffic splits, injected so tests decide the draws.</summary>
public interface IRandomSource
{
    /// <summary>A uniform draw in [0, 1).</summary>
    double NextDouble();
}
