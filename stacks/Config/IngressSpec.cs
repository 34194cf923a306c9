namespace MlPlatform.Stacks.Config;

/// <summary>The canonical domain models are served on, through a Gateway API gateway.</summary>
/// <param name="Domain">Host name, e.g. <c>models.dev.example.com</c>.</param>
/// <param name="TlsSecretName">Kubernetes secret holding the certificate (issued by cert-manager when <paramref name="ClusterIssuer"/> is set).</param>
/// <param name="ClusterIssuer">cert-manager ClusterIssuer to request the certificate from; empty to bring your own secret.</param>
/// <param name="GatewayClassName">The GatewayClass of the installed Gateway API implementation.</param>
public sealed record IngressSpec(string Domain, string TlsSecretName, string ClusterIssuer, string GatewayClassName);
