using System.Data.Common;
using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace MlPlatform.Scheduler.Api.Hosting;

/// <summary>
/// What an unhandled exception becomes: when the job store cannot be reached (a database error, a timeout, a refused
/// connection), <c>503</c> with <c>Retry-After</c> — the request may well succeed in a few seconds, and clients and load
/// balancers know to retry; anything else <c>500</c>. Both are problem documents with the trace id and never a stack
/// trace; the exception goes to the log.
/// </summary>
internal sealed partial class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>Seconds a client should wait before retrying while the store is unavailable.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        var unavailable = IsStoreUnavailable(exception);
        var traceId = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? httpContext.TraceIdentifier;
        ProblemDetails problem;
        if (unavailable)
        {
            Unavailable(logger, httpContext.Request.Path, exception.GetType().Name, exception.Message);
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Job store unavailable",
                Detail = $"the scheduler cannot reach its job store right now; retry in {RetryAfterSeconds} s",
                Type = "https://mlplatform.dev/problems/store-unavailable",
            };
        }
        else
        {
            Failed(logger, exception, httpContext.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Internal error",
                Detail = "the request failed inside the scheduler; the trace id finds it in the logs",
                Type = "https://mlplatform.dev/problems/internal-error",
            };
        }

        problem.Extensions["traceId"] = traceId;
        httpContext.Response.StatusCode = problem.Status!.Value;
        await TypedResults.Problem(problem).ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }

    /// <summary>Whether <paramref name="exception"/> (or what it wraps) means the store is unreachable, not a defect.</summary>
    public static bool IsStoreUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException or TimeoutException or SocketException)
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path}: job store unavailable ({Type}: {Reason}); answered 503")]
    private static partial void Unavailable(ILogger logger, string path, string type, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Path}: unhandled exception; answered 500")]
    private static partial void Failed(ILogger logger, Exception exception, string path);
}
