namespace MlPlatform.Inference.Protocol;

/// <summary>An inference request that cannot be answered, naming the field at fault.</summary>
public sealed class InferenceException : Exception
{
    /// <summary>Creates the error.</summary>
    public InferenceException(InferenceErrorKind kind, string field, string message, TimeSpan? retryAfter = null)
        : base(message)
    {
        Kind = kind;
        Field = field;
        RetryAfter = retryAfter;
    }

    /// <summary>Creates a <see cref="InferenceErrorKind.Failed"/> error wrapping the cause.</summary>
    public InferenceException(string message, Exception innerException)
        : base(message, innerException)
    {
        Kind = InferenceErrorKind.Failed;
        Field = "model";
    }

    /// <summary>Creates a <see cref="InferenceErrorKind.Failed"/> error.</summary>
    public InferenceException()
        : this(InferenceErrorKind.Failed, "model", "inference failed")
    {
    }

    /// <summary>Creates a <see cref="InferenceErrorKind.Failed"/> error.</summary>
    public InferenceException(string message)
        : this(InferenceErrorKind.Failed, "model", message)
    {
    }

    /// <summary>Which status this error maps to.</summary>
    public InferenceErrorKind Kind { get; }

    /// <summary>The request field at fault, as a path (<c>inputs[0].shape</c>, <c>x-model-version</c>, <c>body</c>).</summary>
    public string Field { get; }

    /// <summary>For <see cref="InferenceErrorKind.Overloaded"/>: when to retry.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>A 400 naming the field.</summary>
    public static InferenceException BadRequest(string field, string message) => new(InferenceErrorKind.BadRequest, field, message);

    /// <summary>A 404 naming the field.</summary>
    public static InferenceException NotFound(string field, string message) => new(InferenceErrorKind.NotFound, field, message);
}
