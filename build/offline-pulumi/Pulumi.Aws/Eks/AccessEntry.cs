// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Eks;

[AwsResourceType("aws:eks/accessEntry:AccessEntry")]
public partial class AccessEntry : global::Pulumi.CustomResource
{
    [Output("accessEntryArn")]
    public Output<string> AccessEntryArn { get; private set; } = null!;

    [Output("principalArn")]
    public Output<string> PrincipalArn { get; private set; } = null!;

    public AccessEntry(string name, AccessEntryArgs args, CustomResourceOptions? options = null)
        : base("aws:eks/accessEntry:AccessEntry", name, args ?? new AccessEntryArgs(), options)
    {
    }
}

public sealed class AccessEntryArgs : global::Pulumi.ResourceArgs
{
    [Input("clusterName", required: true)]
    public Input<string> ClusterName { get; set; } = null!;

    [Input("principalArn", required: true)]
    public Input<string> PrincipalArn { get; set; } = null!;

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    [Input("type")]
    public Input<string>? Type { get; set; }

    public AccessEntryArgs()
    {
    }
}
