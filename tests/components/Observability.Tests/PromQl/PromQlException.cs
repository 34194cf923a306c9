namespace MlPlatform.Components.Observability.Tests.PromQl;

/// <summary>A PromQL expression that does not parse: what is wrong and at which character.</summary>
public sealed class PromQlException(string message, int position) : Exception($"{message} at position {position}")
{
    public int Position { get; } = position;
}
