using MlPlatform.Inference.Protocol;

namespace MlPlatform.Inference.Api.Endpoints;

/// <summary>A successful infer answer: JSON, or JSON header + binary tensors with <c>Inference-Header-Content-Length</c>.</summary>
public sealed class InferHttpResult(EncodedResponse response, string version) : IResult, IStatusCodeHttpResult
{
    /// <summary>The header naming the version that answered.</summary>
    public const string VersionHeader = "x-model-version";

    /// <inheritdoc/>
    public int? StatusCode => StatusCodes.Status200OK;

    /// <summary>The encoded body.</summary>
    public EncodedResponse Response { get; } = response;

    /// <inheritdoc/>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var http = httpContext.Response;
        http.StatusCode = StatusCodes.Status200OK;
        http.ContentType = Response.ContentType;
        http.ContentLength = Response.Body.Length;
        http.Headers[VersionHeader] = version;
        if (Response.JsonHeaderLength is { } length)
        {
            http.Headers[OipHeaders.InferenceHeaderContentLength] = length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await http.Body.WriteAsync(Response.Body, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
