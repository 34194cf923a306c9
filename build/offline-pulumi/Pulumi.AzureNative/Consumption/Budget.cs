// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Consumption;

[AzureNativeResourceType("azure-native:consumption:Budget")]
public partial class Budget : global::Pulumi.CustomResource
{
    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public Budget(string name, BudgetArgs args, CustomResourceOptions? options = null)
        : base("azure-native:consumption:Budget", name, args ?? new BudgetArgs(), options)
    {
    }
}

public sealed class BudgetArgs : global::Pulumi.ResourceArgs
{
    [Input("amount", required: true)]
    public Input<double> Amount { get; set; } = null!;

    [Input("budgetName")]
    public Input<string>? BudgetName { get; set; }

    [Input("category", required: true)]
    public InputUnion<string, Pulumi.AzureNative.Consumption.CategoryType> Category { get; set; } = null!;

    [Input("filter")]
    public Input<Inputs.BudgetFilterArgs>? Filter { get; set; }

    [Input("notifications")]
    private InputMap<Inputs.NotificationArgs>? _notifications;

    public InputMap<Inputs.NotificationArgs> Notifications
    {
        get => _notifications ?? (_notifications = new InputMap<Inputs.NotificationArgs>());
        set => _notifications = value;
    }

    [Input("scope", required: true)]
    public Input<string> Scope { get; set; } = null!;

    [Input("timeGrain", required: true)]
    public InputUnion<string, Pulumi.AzureNative.Consumption.TimeGrainType> TimeGrain { get; set; } = null!;

    [Input("timePeriod", required: true)]
    public Input<Inputs.BudgetTimePeriodArgs> TimePeriod { get; set; } = null!;
}
