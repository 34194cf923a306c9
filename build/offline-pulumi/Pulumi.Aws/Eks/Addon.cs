// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Eks;

[AwsResourceType("aws:eks/addon:Addon")]
public partial class Addon : global::Pulumi.CustomResource
{
    [Output("addonName")]
    public Output<string> AddonName { get; private set; } = null!;

    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    public Addon(string name, AddonArgs args, CustomResourceOptions? options = null)
        : base("aws:eks/addon:Addon", name, args ?? new AddonArgs(), options)
    {
    }
}

public sealed class AddonArgs : global::Pulumi.ResourceArgs
{
    [Input("addonName", required: true)]
    public Input<string> AddonName { get; set; } = null!;

    [Input("addonVersion")]
    public Input<string>? AddonVersion { get; set; }

    [Input("clusterName", required: true)]
    public Input<string> ClusterName { get; set; } = null!;

    [Input("configurationValues")]
    public Input<string>? ConfigurationValues { get; set; }

    [Input("resolveConflictsOnCreate")]
    public Input<string>? ResolveConflictsOnCreate { get; set; }

    [Input("resolveConflictsOnUpdate")]
    public Input<string>? ResolveConflictsOnUpdate { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    public AddonArgs()
    {
    }
}
