// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Eks;

[AwsResourceType("aws:eks/nodeGroup:NodeGroup")]
public partial class NodeGroup : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("capacityType")]
    public Output<string> CapacityType { get; private set; } = null!;

    [Output("nodeGroupName")]
    public Output<string> NodeGroupName { get; private set; } = null!;

    public NodeGroup(string name, NodeGroupArgs args, CustomResourceOptions? options = null)
        : base("aws:eks/nodeGroup:NodeGroup", name, args ?? new NodeGroupArgs(), options)
    {
    }
}

public sealed class NodeGroupArgs : global::Pulumi.ResourceArgs
{
    [Input("amiType")]
    public Input<string>? AmiType { get; set; }

    [Input("capacityType")]
    public Input<string>? CapacityType { get; set; }

    [Input("clusterName", required: true)]
    public Input<string> ClusterName { get; set; } = null!;

    [Input("instanceTypes")]
    private InputList<string>? _instanceTypes;

    public InputList<string> InstanceTypes
    {
        get => _instanceTypes ?? (_instanceTypes = new InputList<string>());
        set => _instanceTypes = value;
    }

    [Input("labels")]
    private InputMap<string>? _labels;

    public InputMap<string> Labels
    {
        get => _labels ?? (_labels = new InputMap<string>());
        set => _labels = value;
    }

    [Input("launchTemplate")]
    public Input<Inputs.NodeGroupLaunchTemplateArgs>? LaunchTemplate { get; set; }

    [Input("nodeGroupName")]
    public Input<string>? NodeGroupName { get; set; }

    [Input("nodeRoleArn", required: true)]
    public Input<string> NodeRoleArn { get; set; } = null!;

    [Input("scalingConfig", required: true)]
    public Input<Inputs.NodeGroupScalingConfigArgs> ScalingConfig { get; set; } = null!;

    [Input("subnetIds", required: true)]
    private InputList<string>? _subnetIds;

    public InputList<string> SubnetIds
    {
        get => _subnetIds ?? (_subnetIds = new InputList<string>());
        set => _subnetIds = value;
    }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    [Input("taints")]
    private InputList<Inputs.NodeGroupTaintArgs>? _taints;

    public InputList<Inputs.NodeGroupTaintArgs> Taints
    {
        get => _taints ?? (_taints = new InputList<Inputs.NodeGroupTaintArgs>());
        set => _taints = value;
    }

    [Input("updateConfig")]
    public Input<Inputs.NodeGroupUpdateConfigArgs>? UpdateConfig { get; set; }

    [Input("version")]
    public Input<string>? Version { get; set; }

    public NodeGroupArgs()
    {
    }
}
