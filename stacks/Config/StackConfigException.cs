namespace MlPlatform.Stacks.Config;

/// <summary>A stack's config is invalid; <see cref="Errors"/> lists every problem, each naming its full key path.</summary>
public sealed class StackConfigException : Exception
{
    public StackConfigException(IReadOnlyList<string> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public StackConfigException()
        : this([])
    {
    }

    public StackConfigException(string message)
        : this([message])
    {
    }

    public StackConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public IReadOnlyList<string> Errors { get; }

    private static string Describe(IReadOnlyList<string> errors) =>
        $"invalid stack configuration ({errors.Count} problem{(errors.Count == 1 ? string.Empty : "s")}):" + string.Concat(errors.Select(e => "\n  - " + e));
}
