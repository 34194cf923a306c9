namespace MlPlatform.Plan;

/// <summary>A stack output: its value if known before deployment, and whether it is secret (never printed).</summary>
public sealed record StackOutput(string Name, bool Known, object? Value, bool Secret);
