// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Sqs;

[AwsResourceType("aws:sqs/queue:Queue")]
public partial class Queue : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("messageRetentionSeconds")]
    public Output<int?> MessageRetentionSeconds { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    [Output("sqsManagedSseEnabled")]
    public Output<bool> SqsManagedSseEnabled { get; private set; } = null!;

    [Output("url")]
    public Output<string> Url { get; private set; } = null!;

    public Queue(string name, QueueArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:sqs/queue:Queue", name, args ?? new QueueArgs(), options)
    {
    }
}

public sealed class QueueArgs : global::Pulumi.ResourceArgs
{
    [Input("kmsMasterKeyId")]
    public Input<string>? KmsMasterKeyId { get; set; }

    [Input("messageRetentionSeconds")]
    public Input<int>? MessageRetentionSeconds { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("policy")]
    public Input<string>? Policy { get; set; }

    [Input("sqsManagedSseEnabled")]
    public Input<bool>? SqsManagedSseEnabled { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    public QueueArgs()
    {
    }
}
