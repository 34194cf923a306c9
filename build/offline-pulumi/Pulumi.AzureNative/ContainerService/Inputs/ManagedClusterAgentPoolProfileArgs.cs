// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.ContainerService.Inputs;

public sealed class ManagedClusterAgentPoolProfileArgs : global::Pulumi.ResourceArgs
{
    [Input("availabilityZones")]
    private InputList<string>? _availabilityZones;

    public InputList<string> AvailabilityZones
    {
        get => _availabilityZones ?? (_availabilityZones = new InputList<string>());
        set => _availabilityZones = value;
    }

    [Input("count")]
    public Input<int>? Count { get; set; }

    [Input("enableAutoScaling")]
    public Input<bool>? EnableAutoScaling { get; set; }

    [Input("maxCount")]
    public Input<int>? MaxCount { get; set; }

    [Input("minCount")]
    public Input<int>? MinCount { get; set; }

    [Input("mode")]
    public InputUnion<string, Pulumi.AzureNative.ContainerService.AgentPoolMode>? Mode { get; set; }

    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("nodeLabels")]
    private InputMap<string>? _nodeLabels;

    public InputMap<string> NodeLabels
    {
        get => _nodeLabels ?? (_nodeLabels = new InputMap<string>());
        set => _nodeLabels = value;
    }

    [Input("nodeTaints")]
    private InputList<string>? _nodeTaints;

    public InputList<string> NodeTaints
    {
        get => _nodeTaints ?? (_nodeTaints = new InputList<string>());
        set => _nodeTaints = value;
    }

    [Input("orchestratorVersion")]
    public Input<string>? OrchestratorVersion { get; set; }

    [Input("osDiskSizeGB")]
    public Input<int>? OsDiskSizeGB { get; set; }

    [Input("osDiskType")]
    public InputUnion<string, Pulumi.AzureNative.ContainerService.OSDiskType>? OsDiskType { get; set; }

    [Input("osSKU")]
    public InputUnion<string, Pulumi.AzureNative.ContainerService.OSSKU>? OsSKU { get; set; }

    [Input("osType")]
    public InputUnion<string, Pulumi.AzureNative.ContainerService.OSType>? OsType { get; set; }

    [Input("scaleSetPriority")]
    public InputUnion<string, Pulumi.AzureNative.ContainerService.ScaleSetPriority>? ScaleSetPriority { get; set; }

    [Input("vmSize")]
    public Input<string>? VmSize { get; set; }

    [Input("vnetSubnetID")]
    public Input<string>? VnetSubnetID { get; set; }
}
