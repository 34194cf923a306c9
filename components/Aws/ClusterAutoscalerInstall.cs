using MlPlatform.Components.Kubernetes;
using Pulumi;
using Pulumi.Kubernetes.Core.V1;
using Pulumi.Kubernetes.Rbac.V1;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Pulumi.Kubernetes.Types.Inputs.Rbac.V1;
using CustomResource = Pulumi.Kubernetes.ApiExtensions.CustomResource;

namespace MlPlatform.Components.Aws;

/// <summary>
/// cluster-autoscaler with the priority expander on EKS managed node groups (AKS runs its own): its service account,
/// RBAC and Deployment, after the <see cref="GpuAddons"/> priority ConfigMap it reads. Nothing without that ConfigMap.
/// </summary>
/// <param name="ClusterName">For the node group auto-discovery tags.</param>
/// <param name="Image">cluster-autoscaler image; null picks the release of <paramref name="KubernetesVersion"/>.</param>
public sealed record ClusterAutoscalerInstall(string ClusterName, string Region, string KubernetesVersion, string? Image = null) : IGpuAddonsExtension
{
    public void AddTo(GpuAddonsScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.PriorityExpander is not { } priorities)
        {
            return;
        }

        const string autoscaler = ClusterAutoscalerManifests.Name;
        var name = scope.Name;
        var child = scope.Child();
        var meta = new ObjectMetaArgs { Name = autoscaler, Namespace = ClusterAutoscalerManifests.Namespace };
        var account = new ServiceAccount($"{name}-{autoscaler}", new ServiceAccountArgs { Metadata = meta }, child);
        var clusterRole = new ClusterRole($"{name}-{autoscaler}", new ClusterRoleArgs
        {
            Metadata = new ObjectMetaArgs { Name = autoscaler },
            Rules = [.. ClusterAutoscalerManifests.ClusterRules.Select(Rule)],
        }, child);
        var role = new Pulumi.Kubernetes.Rbac.V1.Role($"{name}-{autoscaler}", new RoleArgs
        {
            Metadata = meta,
            Rules = [.. ClusterAutoscalerManifests.NamespaceRules.Select(Rule)],
        }, child);
        SubjectArgs subject = new() { Kind = "ServiceAccount", Name = autoscaler, Namespace = ClusterAutoscalerManifests.Namespace };
        var clusterBinding = new ClusterRoleBinding($"{name}-{autoscaler}", new ClusterRoleBindingArgs
        {
            Metadata = new ObjectMetaArgs { Name = autoscaler },
            RoleRef = new RoleRefArgs { ApiGroup = "rbac.authorization.k8s.io", Kind = "ClusterRole", Name = autoscaler },
            Subjects = { subject },
        }, child);
        var binding = new RoleBinding($"{name}-{autoscaler}", new RoleBindingArgs
        {
            Metadata = meta,
            RoleRef = new RoleRefArgs { ApiGroup = "rbac.authorization.k8s.io", Kind = "Role", Name = autoscaler },
            Subjects = { subject },
        }, child);
        _ = new CustomResource(
            $"{name}-{autoscaler}",
            ManifestArgs.From(ClusterAutoscalerManifests.Deployment(Image ?? ClusterAutoscalerManifests.Image(KubernetesVersion), ClusterName, Region)),
            scope.Child(account, clusterRole, role, clusterBinding, binding, priorities));
    }

    private static PolicyRuleArgs Rule((string[] ApiGroups, string[] Resources, string[] ResourceNames, string[] Verbs) rule)
    {
        var args = new PolicyRuleArgs { ApiGroups = rule.ApiGroups, Resources = rule.Resources, Verbs = rule.Verbs };
        if (rule.ResourceNames.Length > 0)
        {
            args.ResourceNames = rule.ResourceNames;
        }

        return args;
    }
}
