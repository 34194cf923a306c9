// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Sns;

[AwsResourceType("aws:sns/topicSubscription:TopicSubscription")]
public partial class TopicSubscription : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("endpoint")]
    public Output<string> Endpoint { get; private set; } = null!;

    public TopicSubscription(string name, TopicSubscriptionArgs args, CustomResourceOptions? options = null)
        : base("aws:sns/topicSubscription:TopicSubscription", name, args ?? new TopicSubscriptionArgs(), options)
    {
    }
}

public sealed class TopicSubscriptionArgs : global::Pulumi.ResourceArgs
{
    [Input("endpoint", required: true)]
    public Input<string> Endpoint { get; set; } = null!;

    [Input("protocol", required: true)]
    public Input<string> Protocol { get; set; } = null!;

    [Input("topic", required: true)]
    public Input<string> Topic { get; set; } = null!;

    public TopicSubscriptionArgs()
    {
    }
}
