// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Ecr;

[AwsResourceType("aws:ecr/lifecyclePolicy:LifecyclePolicy")]
public partial class LifecyclePolicy : global::Pulumi.CustomResource
{
    [Output("repository")]
    public Output<string> Repository { get; private set; } = null!;

    public LifecyclePolicy(string name, LifecyclePolicyArgs args, CustomResourceOptions? options = null)
        : base("aws:ecr/lifecyclePolicy:LifecyclePolicy", name, args ?? new LifecyclePolicyArgs(), options)
    {
    }
}

public sealed class LifecyclePolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("policy", required: true)]
    public InputUnion<string, Inputs.LifecyclePolicyDocumentArgs> Policy { get; set; } = null!;

    [Input("repository", required: true)]
    public Input<string> Repository { get; set; } = null!;

    public LifecyclePolicyArgs()
    {
    }
}
