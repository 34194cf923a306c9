// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudWatch;

[AwsResourceType("aws:cloudwatch/eventRule:EventRule")]
public partial class EventRule : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("eventPattern")]
    public Output<string?> EventPattern { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public EventRule(string name, EventRuleArgs? args = null, CustomResourceOptions? options = null)
        : base("aws:cloudwatch/eventRule:EventRule", name, args ?? new EventRuleArgs(), options)
    {
    }
}

public sealed class EventRuleArgs : global::Pulumi.ResourceArgs
{
    [Input("description")]
    public Input<string>? Description { get; set; }

    [Input("eventBusName")]
    public Input<string>? EventBusName { get; set; }

    [Input("eventPattern")]
    public Input<string>? EventPattern { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("namePrefix")]
    public Input<string>? NamePrefix { get; set; }

    [Input("state")]
    public Input<string>? State { get; set; }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    public EventRuleArgs()
    {
    }
}
