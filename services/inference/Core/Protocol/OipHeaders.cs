namespace MlPlatform.Inference.Protocol;

/// <summary>HTTP headers of the Open Inference Protocol v2 binary tensor data extension.</summary>
public static class OipHeaders
{
    /// <summary>The header that carries the length of the JSON part of a binary message; the raw tensors follow it.</summary>
    public const string InferenceHeaderContentLength = "Inference-Header-Content-Length";
}
