// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Sqs;

[AwsResourceType("aws:sqs/queuePolicy:QueuePolicy")]
public partial class QueuePolicy : global::Pulumi.CustomResource
{
    [Output("policy")]
    public Output<string> Policy { get; private set; } = null!;

    [Output("queueUrl")]
    public Output<string> QueueUrl { get; private set; } = null!;

    public QueuePolicy(string name, QueuePolicyArgs args, CustomResourceOptions? options = null)
        : base("aws:sqs/queuePolicy:QueuePolicy", name, args ?? new QueuePolicyArgs(), options)
    {
    }
}

public sealed class QueuePolicyArgs : global::Pulumi.ResourceArgs
{
    [Input("policy", required: true)]
    public InputUnion<string, Inputs.PolicyDocumentArgs> Policy { get; set; } = null!;

    [Input("queueUrl", required: true)]
    public Input<string> QueueUrl { get; set; } = null!;

    public QueuePolicyArgs()
    {
    }
}
