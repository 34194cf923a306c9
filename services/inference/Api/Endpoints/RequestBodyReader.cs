using MlPlatform.Inference.Protocol;

namespace MlPlatform.Inference.Api.Endpoints;

/// <summary>Reads a request body up to a limit; larger bodies are a 400 naming the limit, not a 413 or a 500.</summary>
public static class RequestBodyReader
{
    /// <summary>Reads the whole body; with a Content-Length, into a pooled buffer the caller returns by disposing the result.</summary>
    /// <exception cref="InferenceException">The body is larger than <paramref name="limit"/> or shorter than its Content-Length.</exception>
    public static async Task<RequestBody> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength is { } declared)
        {
            if (declared > limit)
            {
                throw TooLarge(declared.ToString(System.Globalization.CultureInfo.InvariantCulture), limit);
            }

            try
            {
                return await RequestBody.RentAsync((int)declared, buffer => request.Body.ReadExactlyAsync(buffer, cancellationToken).AsTask()).ConfigureAwait(false);
            }
            catch (EndOfStreamException)
            {
                throw InferenceException.BadRequest("body", $"ended before its Content-Length of {declared} bytes");
            }
        }

        using var stream = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (stream.Length + read > limit)
            {
                throw TooLarge("more than " + limit.ToString(System.Globalization.CultureInfo.InvariantCulture), limit);
            }

            stream.Write(chunk, 0, read);
        }

        return RequestBody.Unpooled(stream.GetBuffer().AsMemory(0, (int)stream.Length));
    }

    private static InferenceException TooLarge(string size, long limit) =>
        InferenceException.BadRequest("body", $"is {size} bytes, over the limit of {limit} bytes (Inference:MaxRequestBodyBytes)");
}
