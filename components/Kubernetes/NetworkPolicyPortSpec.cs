namespace MlPlatform.Components.Kubernetes;

/// <summary>A port (and protocol) a network policy rule allows.</summary>
public sealed record NetworkPolicyPortSpec(int Port, string Protocol = "TCP");
