namespace MlPlatform.Inference.Protocol;

/// <summary>An encoded infer response body.</summary>
/// <param name="Body">The bytes to send.</param>
/// <param name="JsonHeaderLength">With binary outputs: the length of the JSON header (the <c>Inference-Header-Content-Length</c> value); null for a pure JSON body.</param>
public sealed record EncodedResponse(ReadOnlyMemory<byte> Body, int? JsonHeaderLength)
{
    /// <summary>The content type of the body.</summary>
    public string ContentType => JsonHeaderLength is null ? "application/json" : "application/octet-stream";
}
