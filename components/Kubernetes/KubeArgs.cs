using System.Collections.Immutable;
using Pulumi;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Pulumi.Kubernetes.Types.Inputs.Networking.V1;

namespace MlPlatform.Components.Kubernetes;

/// <summary>Turns the layer's plain specs into Pulumi.Kubernetes input args, so components stay thin.</summary>
internal static class KubeArgs
{
    public static ObjectMetaArgs Meta(string name, string? ns, IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string>? annotations = null)
    {
        var meta = new ObjectMetaArgs { Name = name, Labels = labels.ToImmutableDictionary() };
        if (ns is not null)
        {
            meta.Namespace = ns;
        }

        if (annotations is { Count: > 0 })
        {
            meta.Annotations = annotations.ToImmutableDictionary();
        }

        return meta;
    }

    public static ProbeArgs Probe(HttpProbeSettings p) => new()
    {
        HttpGet = new HTTPGetActionArgs { Path = p.Path, Port = p.Port },
        InitialDelaySeconds = p.InitialDelaySeconds,
        PeriodSeconds = p.PeriodSeconds,
        TimeoutSeconds = p.TimeoutSeconds,
        FailureThreshold = p.FailureThreshold,
    };

    /// <summary>The container hardening every platform container gets: non-root, no privilege escalation, read-only root, no capabilities.</summary>
    public static SecurityContextArgs RestrictedContainer() => new()
    {
        RunAsNonRoot = true,
        AllowPrivilegeEscalation = false,
        ReadOnlyRootFilesystem = true,
        Capabilities = new CapabilitiesArgs { Drop = ["ALL"] },
    };

    /// <summary>The non-root user of the .NET base images the services are built on (<c>$APP_UID</c>).</summary>
    public const int DotnetImageUser = 1654;

    public static PodSecurityContextArgs RestrictedPod(int uid) => new()
    {
        RunAsNonRoot = true,
        RunAsUser = uid,
        RunAsGroup = uid,
        FsGroup = uid,
        SeccompProfile = new SeccompProfileArgs { Type = "RuntimeDefault" },
    };

    public static NetworkPolicySpecArgs NetworkPolicy(NetworkPolicySpecDefinition d) => new()
    {
        PodSelector = new LabelSelectorArgs { MatchLabels = d.PodLabels },
        PolicyTypes = [.. d.PolicyTypes],
        Ingress = [.. d.Ingress.Select(r => new NetworkPolicyIngressRuleArgs { From = [.. r.Peers.Select(Peer)], Ports = [.. r.Ports.Select(Port)] })],
        Egress = [.. d.Egress.Select(r => new NetworkPolicyEgressRuleArgs { To = [.. r.Peers.Select(Peer)], Ports = [.. r.Ports.Select(Port)] })],
    };

    private static NetworkPolicyPeerArgs Peer(NetworkPolicyPeerSpec p)
    {
        var peer = new NetworkPolicyPeerArgs();
        if (p.NamespaceLabels is not null)
        {
            peer.NamespaceSelector = new LabelSelectorArgs { MatchLabels = p.NamespaceLabels };
        }

        if (p.PodLabels is not null)
        {
            peer.PodSelector = new LabelSelectorArgs { MatchLabels = p.PodLabels };
        }

        if (p.Cidr is not null)
        {
            peer.IpBlock = new IPBlockArgs { Cidr = p.Cidr, Except = p.Except.IsDefault ? [] : [.. p.Except] };
        }

        return peer;
    }

    private static NetworkPolicyPortArgs Port(NetworkPolicyPortSpec p) => new() { Port = p.Port, Protocol = p.Protocol };

    public static InputList<T> ToList<T>(IEnumerable<T> items)
    {
        var list = new InputList<T>();
        foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
