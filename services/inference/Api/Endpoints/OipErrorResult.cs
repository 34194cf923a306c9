using MlPlatform.Inference.Protocol;

namespace MlPlatform.Inference.Api.Endpoints;

/// <summary>An error answer: status from the error kind, <c>Retry-After</c> on 429, the <see cref="OipError"/> body.</summary>
public sealed class OipErrorResult : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<OipError>
{
    /// <summary>Creates the result.</summary>
    public OipErrorResult(int statusCode, OipError error, TimeSpan? retryAfter = null)
    {
        StatusCode = statusCode;
        Value = error;
        RetryAfter = retryAfter;
    }

    /// <inheritdoc/>
    public int? StatusCode { get; }

    /// <inheritdoc/>
    public OipError Value { get; }

    /// <inheritdoc/>
    object? IValueHttpResult.Value => Value;

    /// <summary>The Retry-After delay, for 429.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Maps an engine error to its HTTP answer.</summary>
    public static OipErrorResult From(InferenceException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var status = exception.Kind switch
        {
            InferenceErrorKind.BadRequest => StatusCodes.Status400BadRequest,
            InferenceErrorKind.NotFound => StatusCodes.Status404NotFound,
            InferenceErrorKind.Overloaded => StatusCodes.Status429TooManyRequests,
            InferenceErrorKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status500InternalServerError,
        };
        return new OipErrorResult(status, new OipError(exception.Message, exception.Field), exception.RetryAfter);
    }

    /// <inheritdoc/>
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCode!.Value;
        if (RetryAfter is { } retry)
        {
            httpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return httpContext.Response.WriteAsJsonAsync(Value);
    }
}
