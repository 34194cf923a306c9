namespace MlPlatform.Components.Kubernetes;

/// <summary>The Gateway listener an HTTPRoute attaches to.</summary>
public sealed record GatewayParent(string Name, string Namespace, string SectionName);
