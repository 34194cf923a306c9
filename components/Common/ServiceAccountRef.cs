namespace MlPlatform.Components;

/// <summary>A Kubernetes service account that a cloud identity trusts (Azure federated credential subject, EKS Pod Identity association).</summary>
public sealed record ServiceAccountRef(string Namespace, string Name)
{
    /// <summary>The subject of the service account's projected token: <c>system:serviceaccount:&lt;namespace&gt;:&lt;name&gt;</c>.</summary>
    public string Subject => $"system:serviceaccount:{Namespace}:{Name}";
}
