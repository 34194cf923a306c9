using System.Collections.Immutable;
using Pulumi;
using Pulumi.Kubernetes.Core.V1;
using Pulumi.Kubernetes.Networking.V1;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// A team's namespace: a ResourceQuota on GPUs, CPU, memory and object counts from the team's config, a LimitRange so
/// unspecified containers still count, default-deny network policies with the few allowances the platform needs, and
/// the team's service accounts bound to its cloud identities. Labels carry team and cost centre for the cost reports.
/// </summary>
public sealed class TeamNamespace : ComponentResource
{
    public const string TypeToken = "mlplatform:k8s:TeamNamespace";

    /// <summary>The token before it matched the class name (issue 17); stacks deployed with it keep their namespaces.</summary>
    public const string FormerTypeToken = "mlplatform:k8s:Team";

    public const string TeamLabel = "mlplatform.io/team";

    public const string CostCenterLabel = "mlplatform.io/cost-center";

    public const string EnvironmentLabel = "mlplatform.io/environment";

    /// <summary>Namespaces with this label are team namespaces (the scheduler accepts callers from them).</summary>
    public const string TeamNamespaceLabel = "mlplatform.io/team-namespace";

    public TeamNamespace(string name, TeamNamespaceArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, Kubernetes.FormerTypeToken.Alias(options, FormerTypeToken))
    {
        ArgumentNullException.ThrowIfNull(args);
        InvalidSpecException.ThrowIfAny(Validate(args));
        var ns = PlatformServiceAccounts.TeamNamespace(args.Team);
        var labels = Labels(args);
        var child = new CustomResourceOptions { Parent = this };

        var nsLabels = labels
            .SetItem(GatewayApiSpecs.GatewayAccessLabel, "true")
            .SetItem(TeamNamespaceLabel, "true")
            .SetItem("pod-security.kubernetes.io/enforce", "baseline")
            .SetItem("pod-security.kubernetes.io/warn", "restricted");
        var @namespace = new Namespace($"{name}-namespace", new NamespaceArgs { Metadata = KubeArgs.Meta(ns, null, nsLabels) }, child);
        var inNamespace = new CustomResourceOptions { Parent = this, DependsOn = { @namespace } };

        _ = new ResourceQuota($"{name}-quota", new ResourceQuotaArgs
        {
            Metadata = KubeArgs.Meta("team-quota", ns, labels),
            Spec = new ResourceQuotaSpecArgs { Hard = TeamQuota.Hard(args.Quota) },
        }, inNamespace);

        var defaults = TeamQuota.ContainerDefaults;
        _ = new LimitRange($"{name}-limits", new LimitRangeArgs
        {
            Metadata = KubeArgs.Meta("container-defaults", ns, labels),
            Spec = new LimitRangeSpecArgs
            {
                Limits = new LimitRangeItemArgs { Type = "Container", DefaultRequest = defaults.DefaultRequest, Default = defaults.Default, Max = defaults.Max },
            },
        }, inNamespace);

        foreach (var policy in NetworkPolicies.ForTeam(args.Cloud, args.GatewayNamespace, args.InferencePort, args.SchedulerNamespace, args.SchedulerPort))
        {
            _ = new NetworkPolicy($"{name}-{policy.Name}", NetworkPolicies.ToArgs(policy, ns, labels), inNamespace);
        }

        ServiceAccount Account(string accountName, Input<string>? identity)
        {
            var metadata = KubeArgs.Meta(accountName, ns, labels);
            if (identity is not null)
            {
                metadata.Annotations = identity.ToOutput().Apply(id => ImmutableDictionary<string, string>.Empty.Add(CloudIdentity.AnnotationKey(args.Cloud), id));
            }

            return new ServiceAccount($"{name}-{accountName}", new ServiceAccountArgs { Metadata = metadata, AutomountServiceAccountToken = false }, inNamespace);
        }

        _ = Account(PlatformServiceAccounts.TeamWorkloadName, args.WorkloadIdentity);
        _ = Account(PlatformServiceAccounts.InferenceName, args.ModelReaderIdentity);
        _ = Account(PlatformServiceAccounts.TrainerName, args.ModelWriterIdentity);

        NamespaceName = @namespace.Metadata.Apply(m => m.Name);
        WorkloadServiceAccount = Output.Create(PlatformServiceAccounts.TeamWorkloadName);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["namespaceName"] = NamespaceName,
            ["workloadServiceAccount"] = WorkloadServiceAccount,
        });
    }

    /// <summary>The namespace's name.</summary>
    [Output("namespaceName")]
    public Output<string> NamespaceName { get; private set; }

    /// <summary>The service account team workloads run as.</summary>
    [Output("workloadServiceAccount")]
    public Output<string> WorkloadServiceAccount { get; private set; }

    /// <summary>Every problem with <paramref name="args"/>: the quota, and a team name that can name a namespace.</summary>
    public static IReadOnlyList<SpecError> Validate(TeamNamespaceArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errors = TeamQuota.Validate(args.Quota, $"teams[{args.Team}]").ToList();
        if (string.IsNullOrWhiteSpace(args.Team) || args.Team.Length > KubernetesNames.MaxLabelLength || KubernetesNames.Label(args.Team) != args.Team)
        {
            errors.Add(new SpecError($"teams[{args.Team}].name", "must be a DNS-1123 label (lowercase letters, digits, '-') to name its namespace"));
        }

        return errors;
    }

    /// <summary>The six recommended labels plus team, cost centre and environment, for the cost reports.</summary>
    public static ImmutableDictionary<string, string> Labels(TeamNamespaceArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return KubernetesLabels.For("team-namespace", args.Team, args.PlatformVersion, "team")
            .SetItem(TeamLabel, args.Team)
            .SetItem(CostCenterLabel, args.CostCenter)
            .SetItem(EnvironmentLabel, args.Environment);
    }
}
