using Microsoft.AspNetCore.Server.Kestrel.Core;
using MlPlatform.Inference.Api.Configuration;

namespace MlPlatform.Inference.Api.Hosting;

/// <summary>The addresses when gRPC is on: the REST ones with HTTP/1.1, and the gRPC one with HTTP/2 only.</summary>
public sealed class GrpcListening
{
    private readonly int _grpcPort;

    private GrpcListening(string urls, int grpcPort)
    {
        Urls = urls;
        _grpcPort = grpcPort;
    }

    /// <summary>Every address to bind, REST first: the value for <c>urls</c>.</summary>
    public string Urls { get; }

    /// <summary>
    /// The addresses for <paramref name="urls"/> (REST, <c>;</c>-separated) and <paramref name="grpcUrl"/>; null when gRPC
    /// is off (empty URL) or the REST addresses are not known here (then Kestrel binds <c>urls</c> as usual).
    /// </summary>
    /// <exception cref="InvalidOperationException">An address is not <c>http://host:port</c>, or gRPC shares a REST port.</exception>
    public static GrpcListening? Plan(string? urls, string? grpcUrl)
    {
        if (string.IsNullOrWhiteSpace(grpcUrl) || string.IsNullOrWhiteSpace(urls))
        {
            return null;
        }

        if (!ListenAddress.TryParse(grpcUrl, out var grpc, out var problem))
        {
            throw new InvalidOperationException($"Inference:Grpc:Url {problem}");
        }

        var rest = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var url in rest)
        {
            if (!ListenAddress.TryParse(url, out var address, out var restProblem))
            {
                throw new InvalidOperationException($"urls: every address {restProblem} when gRPC is on (Inference:Grpc:Url)");
            }

            if (address.Port == grpc.Port)
            {
                throw new InvalidOperationException($"Inference:Grpc:Url port {grpc.Port} is also a REST port (urls '{urls}'); gRPC needs its own port");
            }
        }

        return new GrpcListening(string.Join(';', rest.Append(grpcUrl.Trim())), grpc.Port);
    }

    /// <summary>Sets each endpoint's protocols by its port (Kestrel's endpoint defaults).</summary>
    public void Configure(ListenOptions endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        // Cleartext HTTP/2 would need TLS negotiation on a shared port, so REST stays HTTP/1.1.
        endpoint.Protocols = endpoint.IPEndPoint?.Port == _grpcPort ? HttpProtocols.Http2 : HttpProtocols.Http1;
    }
}
