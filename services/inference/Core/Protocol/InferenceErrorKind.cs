namespace MlPlatform.Inference.Protocol;

/// <summary>Why an inference request was not answered; each maps to one HTTP status.</summary>
public enum InferenceErrorKind
{
    /// <summary>The request is malformed or does not fit the model (400).</summary>
    BadRequest,
    /// <summary>The model or version does not exist or is not loaded (404).</summary>
    NotFound,
    /// <summary>The model's queue is full; retry later (429 with Retry-After).</summary>
    Overloaded,
    /// <summary>The server is draining or the model is not ready (503).</summary>
    Unavailable,
    /// <summary>The model failed while executing a valid request (500).</summary>
    Failed,
}
