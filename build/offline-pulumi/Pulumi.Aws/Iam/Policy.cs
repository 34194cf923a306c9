// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Iam;

[AwsResourceType("aws:iam/policy:Policy")]
public partial class Policy : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("policy")]
    public Output<string> PolicyDocument { get; private set; } = null!;

    public Policy(string name, PolicyArgs args, CustomResourceOptions? options = null)
        : base("aws:iam/policy:Policy", name, args ?? new PolicyArgs(), options)
    {
    }
}

public sealed class PolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("policy", required: true)]
    public InputUnion<string, Inputs.PolicyDocumentArgs> PolicyDocument { get; set; } = null!;

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    public PolicyArgs()
    {
    }
}
