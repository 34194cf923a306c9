using Pulumi;

namespace MlPlatform.Infra.Kubernetes;

/// <summary>The scheduler's managed PostgreSQL as the Kubernetes layer and the stack outputs see it.</summary>
/// <param name="Host">The server's DNS name: the host of the scheduler's connection string.</param>
/// <param name="Endpoint"><c>host:port</c> (a stack output).</param>
/// <param name="Password">Secret: the password of <paramref name="Username"/>.</param>
public sealed record ManagedDatabaseOutputs(
    Output<string> Host,
    Output<string> Endpoint,
    string DatabaseName,
    string Username,
    Output<string> Password);
