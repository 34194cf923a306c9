// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.Budgets.Inputs;

public sealed class BudgetNotificationArgs : global::Pulumi.ResourceArgs
{
    [Input("comparisonOperator", required: true)]
    public Input<string> ComparisonOperator { get; set; } = null!;

    [Input("notificationType", required: true)]
    public Input<string> NotificationType { get; set; } = null!;

    [Input("subscriberEmailAddresses")]
    private InputList<string>? _subscriberEmailAddresses;

    public InputList<string> SubscriberEmailAddresses
    {
        get => _subscriberEmailAddresses ?? (_subscriberEmailAddresses = new InputList<string>());
        set => _subscriberEmailAddresses = value;
    }

    [Input("subscriberSnsTopicArns")]
    private InputList<string>? _subscriberSnsTopicArns;

    public InputList<string> SubscriberSnsTopicArns
    {
        get => _subscriberSnsTopicArns ?? (_subscriberSnsTopicArns = new InputList<string>());
        set => _subscriberSnsTopicArns = value;
    }

    [Input("threshold", required: true)]
    public Input<double> Threshold { get; set; } = null!;

    [Input("thresholdType", required: true)]
    public Input<string> ThresholdType { get; set; } = null!;

    public BudgetNotificationArgs()
    {
    }
}
