namespace MlPlatform.Inference.Api.Configuration;

/// <summary>The gRPC listener (configuration <c>Inference:Grpc</c>).</summary>
public sealed record GrpcOptions
{
    /// <summary>The default address: loopback, beside REST on 8000.</summary>
    public const string DefaultUrl = "http://127.0.0.1:8001";

    /// <summary>
    /// Where <c>inference.GRPCInferenceService</c> listens, HTTP/2 with prior knowledge (h2c): <c>http://host:port</c>.
    /// gRPC needs its own port because cleartext HTTP/2 cannot share one with HTTP/1.1. Empty turns gRPC off.
    /// </summary>
    public string? Url { get; init; } = DefaultUrl;
}
