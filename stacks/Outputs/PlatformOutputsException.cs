namespace MlPlatform.Stacks.Outputs;

/// <summary>The stack's outputs do not satisfy the contract; <see cref="Errors"/> lists every problem.</summary>
public sealed class PlatformOutputsException : Exception
{
    public PlatformOutputsException(IReadOnlyList<OutputsError> errors)
        : base(Describe(errors))
    {
        Errors = errors ?? [];
    }

    public PlatformOutputsException()
        : this([])
    {
    }

    public PlatformOutputsException(string message)
        : base(message)
    {
    }

    public PlatformOutputsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IReadOnlyList<OutputsError> Errors { get; } = [];

    private static string Describe(IReadOnlyList<OutputsError> errors) =>
        errors is null || errors.Count == 0
            ? "the platform stack outputs are invalid"
            : $"the platform stack outputs do not match contract {PlatformOutputsContract.Current} ({errors.Count} problem{(errors.Count == 1 ? string.Empty : "s")}):\n  " + string.Join("\n  ", errors);
}
