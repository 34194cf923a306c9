namespace MlPlatform.Components.Aws;

/// <summary>
/// A kubeconfig for an EKS cluster that authenticates with <c>aws eks get-token</c> (no long-lived credentials in it);
/// the caller's AWS identity needs an access entry on the cluster.
/// </summary>
public static class Kubeconfig
{
    public static string For(string clusterName, string endpoint, string certificateAuthorityData, string region) =>
        $"""
        apiVersion: v1
        kind: Config
        clusters:
        - cluster:
            server: {endpoint}
            certificate-authority-data: {certificateAuthorityData}
          name: {clusterName}
        contexts:
        - context:
            cluster: {clusterName}
            user: {clusterName}
          name: {clusterName}
        current-context: {clusterName}
        users:
        - name: {clusterName}
          user:
            exec:
              apiVersion: client.authentication.k8s.io/v1beta1
              command: aws
              args: ["eks", "get-token", "--cluster-name", "{clusterName}", "--region", "{region}", "--output", "json"]
              interactiveMode: Never

        """.Replace("\r\n", "\n", StringComparison.Ordinal);
}
