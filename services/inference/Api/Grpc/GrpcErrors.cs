using System.Globalization;
using Grpc.Core;
using MlPlatform.Inference.Protocol;

namespace MlPlatform.Inference.Api.Grpc;

/// <summary>The gRPC status of each engine error, as the REST status maps it: 400 → INVALID_ARGUMENT, 429 → RESOURCE_EXHAUSTED, …</summary>
public static class GrpcErrors
{
    /// <summary>The trailer naming the request field at fault.</summary>
    public const string FieldTrailer = "x-error-field";

    /// <summary>The trailer with the seconds to wait before retrying an overloaded model.</summary>
    public const string RetryAfterTrailer = "retry-after";

    /// <summary>The status code of an error kind.</summary>
    public static StatusCode Code(InferenceErrorKind kind) => kind switch
    {
        InferenceErrorKind.BadRequest => StatusCode.InvalidArgument,
        InferenceErrorKind.NotFound => StatusCode.NotFound,
        InferenceErrorKind.Overloaded => StatusCode.ResourceExhausted,
        InferenceErrorKind.Unavailable => StatusCode.Unavailable,
        _ => StatusCode.Internal,
    };

    /// <summary>The exception that ends the call: status, <c>field: message</c> detail, field and retry-after trailers.</summary>
    public static RpcException ToRpc(InferenceException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var trailers = new Metadata { { FieldTrailer, exception.Field } };
        if (exception.RetryAfter is { } retry)
        {
            trailers.Add(RetryAfterTrailer, Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
        }

        return new RpcException(new Status(Code(exception.Kind), $"{exception.Field}: {exception.Message}"), trailers);
    }
}
