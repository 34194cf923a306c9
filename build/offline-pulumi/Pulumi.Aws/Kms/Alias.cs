// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Kms;

[AwsResourceType("aws:kms/alias:Alias")]
public partial class Alias : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public Alias(string name, AliasArgs args, CustomResourceOptions? options = null)
        : base("aws:kms/alias:Alias", name, args ?? new AliasArgs(), options)
    {
    }
}

public sealed class AliasArgs : global::Pulumi.ResourceArgs
{
    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("targetKeyId", required: true)]
    public Input<string> TargetKeyId { get; set; } = null!;

    public AliasArgs()
    {
    }
}
