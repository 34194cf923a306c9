// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Sns;

[AwsResourceType("aws:sns/topicPolicy:TopicPolicy")]
public partial class TopicPolicy : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("policy")]
    public Output<string> Policy { get; private set; } = null!;

    public TopicPolicy(string name, TopicPolicyArgs args, CustomResourceOptions? options = null)
        : base("aws:sns/topicPolicy:TopicPolicy", name, args ?? new TopicPolicyArgs(), options)
    {
    }
}

public sealed class TopicPolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("arn", required: true)]
    public Input<string> Arn { get; set; } = null!;

    [Input("policy", required: true)]
    public InputUnion<string, Inputs.PolicyDocumentArgs> Policy { get; set; } = null!;

    public TopicPolicyArgs()
    {
    }
}
