// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.ContainerService;

[AzureNativeResourceType("azure-native:containerservice:AgentPool")]
public partial class AgentPool : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public AgentPool(string name, AgentPoolArgs args, CustomResourceOptions? options = null)
        : base("azure-native:containerservice:AgentPool", name, args ?? new AgentPoolArgs(), options)
    {
    }
}

public sealed class AgentPoolArgs : global::Pulumi.ResourceArgs
{
    [Input("agentPoolName")]
    public Input<string>? AgentPoolName { get; set; }

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

    [Input("kubeletDiskType")]
    public InputUnion<string, Pulumi.AzureNative.ContainerService.KubeletDiskType>? KubeletDiskType { get; set; }

    [Input("maxCount")]
    public Input<int>? MaxCount { get; set; }

    [Input("minCount")]
    public Input<int>? MinCount { get; set; }

    [Input("mode")]
    public InputUnion<string, Pulumi.AzureNative.ContainerService.AgentPoolMode>? Mode { get; set; }

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

    [Input("resourceGroupName", required: true)]
    public Input<string> ResourceGroupName { get; set; } = null!;

    [Input("resourceName", required: true)]
    public Input<string> ResourceName { get; set; } = null!;

    [Input("scaleSetEvictionPolicy")]
    public InputUnion<string, Pulumi.AzureNative.ContainerService.ScaleSetEvictionPolicy>? ScaleSetEvictionPolicy { get; set; }

    [Input("scaleSetPriority")]
    public InputUnion<string, Pulumi.AzureNative.ContainerService.ScaleSetPriority>? ScaleSetPriority { get; set; }

    [Input("spotMaxPrice")]
    public Input<double>? SpotMaxPrice { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    [Input("vmSize")]
    public Input<string>? VmSize { get; set; }

    [Input("vnetSubnetID")]
    public Input<string>? VnetSubnetID { get; set; }
}
