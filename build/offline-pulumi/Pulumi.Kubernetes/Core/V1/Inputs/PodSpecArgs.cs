// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1;

public class PodSpecArgs : global::Pulumi.ResourceArgs
{
    [Input("activeDeadlineSeconds")]
    public Input<int>? ActiveDeadlineSeconds { get; set; }

    [Input("affinity")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.AffinityArgs>? Affinity { get; set; }

    [Input("automountServiceAccountToken")]
    public Input<bool>? AutomountServiceAccountToken { get; set; }

    [Input("containers", required: true)]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.ContainerArgs>? _containers;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.ContainerArgs> Containers
    {
        get => _containers ?? (_containers = new InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.ContainerArgs>());
        set => _containers = value;
    }

    [Input("dnsPolicy")]
    public Input<string>? DnsPolicy { get; set; }

    [Input("enableServiceLinks")]
    public Input<bool>? EnableServiceLinks { get; set; }

    [Input("hostIPC")]
    public Input<bool>? HostIPC { get; set; }

    [Input("hostNetwork")]
    public Input<bool>? HostNetwork { get; set; }

    [Input("hostPID")]
    public Input<bool>? HostPID { get; set; }

    [Input("hostUsers")]
    public Input<bool>? HostUsers { get; set; }

    [Input("hostname")]
    public Input<string>? Hostname { get; set; }

    [Input("hostnameOverride")]
    public Input<string>? HostnameOverride { get; set; }

    [Input("imagePullSecrets")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.LocalObjectReferenceArgs>? _imagePullSecrets;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.LocalObjectReferenceArgs> ImagePullSecrets
    {
        get => _imagePullSecrets ?? (_imagePullSecrets = new InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.LocalObjectReferenceArgs>());
        set => _imagePullSecrets = value;
    }

    [Input("initContainers")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.ContainerArgs>? _initContainers;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.ContainerArgs> InitContainers
    {
        get => _initContainers ?? (_initContainers = new InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.ContainerArgs>());
        set => _initContainers = value;
    }

    [Input("nodeName")]
    public Input<string>? NodeName { get; set; }

    [Input("nodeSelector")]
    private InputMap<string>? _nodeSelector;

    public InputMap<string> NodeSelector
    {
        get => _nodeSelector ?? (_nodeSelector = new InputMap<string>());
        set => _nodeSelector = value;
    }

    [Input("overhead")]
    private InputMap<string>? _overhead;

    public InputMap<string> Overhead
    {
        get => _overhead ?? (_overhead = new InputMap<string>());
        set => _overhead = value;
    }

    [Input("preemptionPolicy")]
    public Input<string>? PreemptionPolicy { get; set; }

    [Input("priority")]
    public Input<int>? Priority { get; set; }

    [Input("priorityClassName")]
    public Input<string>? PriorityClassName { get; set; }

    [Input("resources")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.ResourceRequirementsArgs>? Resources { get; set; }

    [Input("restartPolicy")]
    public Input<string>? RestartPolicy { get; set; }

    [Input("runtimeClassName")]
    public Input<string>? RuntimeClassName { get; set; }

    [Input("schedulerName")]
    public Input<string>? SchedulerName { get; set; }

    [Input("securityContext")]
    public Input<Pulumi.Kubernetes.Types.Inputs.Core.V1.PodSecurityContextArgs>? SecurityContext { get; set; }

    [Input("serviceAccount")]
    public Input<string>? ServiceAccount { get; set; }

    [Input("serviceAccountName")]
    public Input<string>? ServiceAccountName { get; set; }

    [Input("setHostnameAsFQDN")]
    public Input<bool>? SetHostnameAsFQDN { get; set; }

    [Input("shareProcessNamespace")]
    public Input<bool>? ShareProcessNamespace { get; set; }

    [Input("subdomain")]
    public Input<string>? Subdomain { get; set; }

    [Input("terminationGracePeriodSeconds")]
    public Input<int>? TerminationGracePeriodSeconds { get; set; }

    [Input("tolerations")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.TolerationArgs>? _tolerations;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.TolerationArgs> Tolerations
    {
        get => _tolerations ?? (_tolerations = new InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.TolerationArgs>());
        set => _tolerations = value;
    }

    [Input("topologySpreadConstraints")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.TopologySpreadConstraintArgs>? _topologySpreadConstraints;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.TopologySpreadConstraintArgs> TopologySpreadConstraints
    {
        get => _topologySpreadConstraints ?? (_topologySpreadConstraints = new InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.TopologySpreadConstraintArgs>());
        set => _topologySpreadConstraints = value;
    }

    [Input("volumes")]
    private InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.VolumeArgs>? _volumes;

    public InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.VolumeArgs> Volumes
    {
        get => _volumes ?? (_volumes = new InputList<Pulumi.Kubernetes.Types.Inputs.Core.V1.VolumeArgs>());
        set => _volumes = value;
    }

    public PodSpecArgs()
    {
    }

    public static new PodSpecArgs Empty => new PodSpecArgs();
}
