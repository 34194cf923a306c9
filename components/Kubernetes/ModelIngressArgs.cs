using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.Components.Kubernetes;

/// <summary>Inputs of <see cref="ModelIngress"/>.</summary>
public sealed class ModelIngressArgs
{
    public const string DefaultNamespace = "mlplatform-gateway";

    /// <summary>The canonical domain models are served on.</summary>
    public required string Domain { get; init; }

    /// <summary>Secret (in the gateway namespace) with the TLS certificate.</summary>
    public required string TlsSecretName { get; init; }

    /// <summary>The installed Gateway API implementation's GatewayClass.</summary>
    public required string GatewayClassName { get; init; }

    /// <summary>cert-manager ClusterIssuer that issues the certificate; empty when the secret is provided another way.</summary>
    public string ClusterIssuer { get; init; } = string.Empty;

    /// <summary>Each model's traffic split and shadow.</summary>
    public ImmutableArray<ModelTraffic> Models { get; init; } = [];

    public string Namespace { get; init; } = DefaultNamespace;

    public bool CreateNamespace { get; init; } = true;

    public string Version { get; init; } = "1";

    /// <summary>
    /// What the Gateway and HTTPRoutes wait for: the releases that install the Gateway API CRDs, the class's controller
    /// and cert-manager (<see cref="ClusterAddons.GatewayDependencies"/>); empty when the cluster has them already.
    /// </summary>
    public ImmutableArray<Resource> GatewayDependencies { get; init; } = [];
}
