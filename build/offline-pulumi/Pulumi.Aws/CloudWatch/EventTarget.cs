// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudWatch;

[AwsResourceType("aws:cloudwatch/eventTarget:EventTarget")]
public partial class EventTarget : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("rule")]
    public Output<string> Rule { get; private set; } = null!;

    [Output("targetId")]
    public Output<string> TargetId { get; private set; } = null!;

    public EventTarget(string name, EventTargetArgs args, CustomResourceOptions? options = null)
        : base("aws:cloudwatch/eventTarget:EventTarget", name, args ?? new EventTargetArgs(), options)
    {
    }
}

public sealed class EventTargetArgs : global::Pulumi.ResourceArgs
{
    [Input("arn", required: true)]
    public Input<string> Arn { get; set; } = null!;

    [Input("eventBusName")]
    public Input<string>? EventBusName { get; set; }

    [Input("rule", required: true)]
    public Input<string> Rule { get; set; } = null!;

    [Input("targetId")]
    public Input<string>? TargetId { get; set; }

    public EventTargetArgs()
    {
    }
}
