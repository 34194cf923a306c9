namespace MlPlatform.Components;

/// <summary>A component's spec is invalid; <see cref="Errors"/> lists every problem, each naming its field path.</summary>
public sealed class InvalidSpecException : Exception
{
    public InvalidSpecException(IReadOnlyList<SpecError> errors)
        : base(Describe(errors))
    {
        Errors = errors ?? [];
    }

    public InvalidSpecException()
        : this([])
    {
    }

    public InvalidSpecException(string message)
        : base(message)
    {
    }

    public InvalidSpecException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IReadOnlyList<SpecError> Errors { get; } = [];

    /// <summary>Throws when <paramref name="errors"/> is not empty.</summary>
    public static void ThrowIfAny(IReadOnlyList<SpecError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count > 0)
        {
            throw new InvalidSpecException(errors);
        }
    }

    private static string Describe(IReadOnlyList<SpecError> errors) =>
        errors is null || errors.Count == 0
            ? "invalid spec"
            : $"invalid spec ({errors.Count} problem{(errors.Count == 1 ? string.Empty : "s")}):\n  " + string.Join("\n  ", errors);
}
