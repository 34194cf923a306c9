namespace MlPlatform.Plan;

/// <summary>A stack output as a preview knows it.</summary>
internal sealed record StackOutputValue(bool Known, object? Value, bool Secret);
