// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Iam;

[AwsResourceType("aws:iam/role:Role")]
public partial class Role : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public Role(string name, RoleArgs args, CustomResourceOptions? options = null)
        : base("aws:iam/role:Role", name, args ?? new RoleArgs(), options)
    {
    }
}

public sealed class RoleArgs : global::Pulumi.ResourceArgs
{
    [Input("assumeRolePolicy", required: true)]
    public InputUnion<string, Inputs.PolicyDocumentArgs> AssumeRolePolicy { get; set; } = null!;

    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    public RoleArgs()
    {
    }
}
