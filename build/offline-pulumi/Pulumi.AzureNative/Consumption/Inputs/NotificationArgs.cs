// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Consumption.Inputs;

public sealed class NotificationArgs : global::Pulumi.ResourceArgs
{
    [Input("contactEmails", required: true)]
    private InputList<string>? _contactEmails;

    public InputList<string> ContactEmails
    {
        get => _contactEmails ?? (_contactEmails = new InputList<string>());
        set => _contactEmails = value;
    }

    [Input("contactGroups")]
    private InputList<string>? _contactGroups;

    public InputList<string> ContactGroups
    {
        get => _contactGroups ?? (_contactGroups = new InputList<string>());
        set => _contactGroups = value;
    }

    [Input("enabled", required: true)]
    public Input<bool> Enabled { get; set; } = null!;

    [Input("operator", required: true)]
    public InputUnion<string, Pulumi.AzureNative.Consumption.OperatorType> Operator { get; set; } = null!;

    [Input("threshold", required: true)]
    public Input<double> Threshold { get; set; } = null!;

    [Input("thresholdType")]
    public InputUnion<string, Pulumi.AzureNative.Consumption.ThresholdType>? ThresholdType { get; set; }

    public NotificationArgs()
    {
        ThresholdType = "Actual";
    }
}
