using System.Collections.Immutable;
using MlPlatform.CostModel;
using Pulumi.Kubernetes.Types.Inputs.Networking.V1;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// The network policies of platform and team namespaces: deny everything by default, then allow exactly DNS, traffic
/// inside the namespace, the gateway to the inference pods, pods to the scheduler API, and HTTPS out (object stores,
/// registries) but never the node's instance metadata service, which would hand out the node's cloud identity.
/// </summary>
public static class NetworkPolicies
{
    public const string NamespaceNameLabel = "kubernetes.io/metadata.name";

    /// <summary>Where Prometheus runs; it scrapes every pod's <c>/metrics</c>.</summary>
    public const string MonitoringNamespace = "monitoring";

    /// <summary>The instance metadata endpoint on both clouds.</summary>
    public const string InstanceMetadataCidr = "169.254.169.254/32";

    /// <summary>The EKS Pod Identity agent on each node, which pods must reach to get their role's credentials.</summary>
    public const string EksPodIdentityAgentCidr = "169.254.170.23/32";

    public static NetworkPolicySpecDefinition DefaultDeny { get; } = new(
        "default-deny", ImmutableDictionary<string, string>.Empty, ["Ingress", "Egress"], [], []);

    /// <summary>The policies of a team namespace.</summary>
    /// <param name="cloud">Which cloud's identity endpoints pods need.</param>
    /// <param name="gatewayNamespace">Where the Gateway's data plane runs.</param>
    /// <param name="inferencePort">Container port of the inference runtime.</param>
    /// <param name="schedulerNamespace">Namespace of the scheduler API.</param>
    /// <param name="schedulerPort">Container port of the scheduler API.</param>
    public static ImmutableArray<NetworkPolicySpecDefinition> ForTeam(Cloud cloud, string gatewayNamespace, int inferencePort, string schedulerNamespace, int schedulerPort) =>
    [
        DefaultDeny,
        AllowDns,
        AllowSameNamespace,
        new("allow-gateway-to-inference",
            ImmutableDictionary<string, string>.Empty.Add("app.kubernetes.io/component", InferenceService.ComponentLabel),
            ["Ingress"],
            [new([Namespace(gatewayNamespace)], [new(inferencePort), new(InferenceServiceArgs.DefaultGrpcPort)])],
            []),
        new("allow-to-scheduler", ImmutableDictionary<string, string>.Empty, ["Egress"], [],
            [new([Namespace(schedulerNamespace) with { PodLabels = ImmutableDictionary<string, string>.Empty.Add("app.kubernetes.io/component", SchedulerDeployment.ComponentLabel) }], [new(schedulerPort)])]),
        AllowMonitoring,
        HttpsOut(cloud),
    ];

    /// <summary>The policies of the scheduler's namespace: callers from team namespaces, the API server and HTTPS out.</summary>
    public static ImmutableArray<NetworkPolicySpecDefinition> ForScheduler(Cloud cloud, int schedulerPort, string teamNamespaceLabel) =>
    [
        DefaultDeny,
        AllowDns,
        AllowSameNamespace,
        new("allow-teams-to-scheduler",
            ImmutableDictionary<string, string>.Empty.Add("app.kubernetes.io/component", SchedulerDeployment.ComponentLabel),
            ["Ingress"],
            [new([NamespacesLabelled(teamNamespaceLabel)], [new(schedulerPort)])],
            []),
        AllowMonitoring,
        HttpsOut(cloud),
    ];

    /// <summary>The NetworkPolicy object of <paramref name="policy"/> in namespace <paramref name="ns"/>.</summary>
    public static NetworkPolicyArgs ToArgs(NetworkPolicySpecDefinition policy, string ns, IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new NetworkPolicyArgs { Metadata = KubeArgs.Meta(policy.Name, ns, labels), Spec = KubeArgs.NetworkPolicy(policy) };
    }

    /// <summary>The policies of the node agents' namespace: nothing in but the monitoring scrape, DNS and HTTPS out.</summary>
    public static ImmutableArray<NetworkPolicySpecDefinition> ForNodeAgents(Cloud cloud) =>
    [
        DefaultDeny,
        AllowDns,
        AllowMonitoring,
        HttpsOut(cloud),
    ];

    private static NetworkPolicySpecDefinition AllowDns { get; } = new(
        "allow-dns", ImmutableDictionary<string, string>.Empty, ["Egress"], [],
        [new([Namespace("kube-system")], [new(53, "UDP"), new(53, "TCP")])]);

    private static NetworkPolicySpecDefinition AllowMonitoring => new(
        "allow-monitoring", ImmutableDictionary<string, string>.Empty, ["Ingress"],
        [new([Namespace(MonitoringNamespace)], [])], []);

    private static NetworkPolicySpecDefinition AllowSameNamespace { get; } = new(
        "allow-same-namespace", ImmutableDictionary<string, string>.Empty, ["Ingress", "Egress"],
        [new([OwnNamespacePods], [])],
        [new([OwnNamespacePods], [])]);

    // HTTPS to anywhere except the instance metadata service (and, on AWS, the Pod Identity agent on port 80). The
    // API server is reached on 443 as well.
    private static NetworkPolicySpecDefinition HttpsOut(Cloud cloud)
    {
        ImmutableArray<NetworkPolicyRuleSpec> egress = [new([new NetworkPolicyPeerSpec(Cidr: "0.0.0.0/0", Except: [InstanceMetadataCidr])], [new(443)])];
        if (cloud == Cloud.Aws)
        {
            egress = egress.Add(new([new NetworkPolicyPeerSpec(Cidr: EksPodIdentityAgentCidr)], [new(80)]));
        }

        return new("allow-https-egress", ImmutableDictionary<string, string>.Empty, ["Egress"], [], egress);
    }

    private static NetworkPolicyPeerSpec Namespace(string name) =>
        new(NamespaceLabels: ImmutableDictionary<string, string>.Empty.Add(NamespaceNameLabel, name));

    // Every pod of the policy's own namespace: a pod selector without a namespace selector.
    private static NetworkPolicyPeerSpec OwnNamespacePods => new(PodLabels: ImmutableDictionary<string, string>.Empty);

    private static NetworkPolicyPeerSpec NamespacesLabelled(string label) =>
        new(NamespaceLabels: ImmutableDictionary<string, string>.Empty.Add(label, "true"));
}
