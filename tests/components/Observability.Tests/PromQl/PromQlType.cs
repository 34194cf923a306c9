namespace MlPlatform.Components.Observability.Tests.PromQl;

/// <summary>The value type of a PromQL expression, as far as the checks need it.</summary>
public enum PromQlType
{
    Scalar,
    InstantVector,
    RangeVector,
    /// <summary>A string literal.</summary>
    Text,
}
