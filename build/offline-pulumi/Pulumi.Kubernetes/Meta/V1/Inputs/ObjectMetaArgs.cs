// Offline stand-in: the subset of Pulumi.Kubernetes 4.32.0 this repository uses, same names, types and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Inputs.Meta.V1;

public class ObjectMetaArgs : global::Pulumi.ResourceArgs
{
    [Input("annotations")]
    private InputMap<string>? _annotations;

    public InputMap<string> Annotations
    {
        get => _annotations ?? (_annotations = new InputMap<string>());
        set => _annotations = value;
    }

    [Input("clusterName")]
    public Input<string>? ClusterName { get; set; }

    [Input("creationTimestamp")]
    public Input<string>? CreationTimestamp { get; set; }

    [Input("deletionGracePeriodSeconds")]
    public Input<int>? DeletionGracePeriodSeconds { get; set; }

    [Input("deletionTimestamp")]
    public Input<string>? DeletionTimestamp { get; set; }

    [Input("finalizers")]
    private InputList<string>? _finalizers;

    public InputList<string> Finalizers
    {
        get => _finalizers ?? (_finalizers = new InputList<string>());
        set => _finalizers = value;
    }

    [Input("generateName")]
    public Input<string>? GenerateName { get; set; }

    [Input("generation")]
    public Input<int>? Generation { get; set; }

    [Input("labels")]
    private InputMap<string>? _labels;

    public InputMap<string> Labels
    {
        get => _labels ?? (_labels = new InputMap<string>());
        set => _labels = value;
    }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("namespace")]
    public Input<string>? Namespace { get; set; }

    [Input("resourceVersion")]
    public Input<string>? ResourceVersion { get; set; }

    [Input("selfLink")]
    public Input<string>? SelfLink { get; set; }

    [Input("uid")]
    public Input<string>? Uid { get; set; }

    public ObjectMetaArgs()
    {
    }

    public static new ObjectMetaArgs Empty => new ObjectMetaArgs();
}
