// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Sns;

[AwsResourceType("aws:sns/topic:Topic")]
public partial class Topic : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public Topic(string name, TopicArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:sns/topic:Topic", name, args ?? new TopicArgs(), options)
    {
    }
}

public sealed class TopicArgs : global::Pulumi.ResourceArgs
{
    [Input("displayName")]
    public Input<string>? DisplayName { get; set; }

    [Input("kmsMasterKeyId")]
    public Input<string>? KmsMasterKeyId { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    public TopicArgs()
    {
    }
}
