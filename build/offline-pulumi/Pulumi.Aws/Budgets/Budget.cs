// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
using System.Collections.Immutable;

namespace Pulumi.Aws.Budgets;

[AwsResourceType("aws:budgets/budget:Budget")]
public partial class Budget : global::Pulumi.CustomResource
{
    [Output("arn")]
    public Output<string> Arn { get; private set; } = null!;

    [Output("name")]
    public Output<string> Name { get; private set; } = null!;

    public Budget(string name, BudgetArgs args, CustomResourceOptions? options = null)
        : base("aws:budgets/budget:Budget", name, args ?? new BudgetArgs(), options)
    {
    }
}

public sealed class BudgetArgs : global::Pulumi.ResourceArgs
{
    [Input("budgetType", required: true)]
    public Input<string> BudgetType { get; set; } = null!;

    [Input("costFilters")]
    private InputList<Inputs.BudgetCostFilterArgs>? _costFilters;

    public InputList<Inputs.BudgetCostFilterArgs> CostFilters
    {
        get => _costFilters ?? (_costFilters = new InputList<Inputs.BudgetCostFilterArgs>());
        set => _costFilters = value;
    }

    [Input("limitAmount")]
    public Input<string>? LimitAmount { get; set; }

    [Input("limitUnit")]
    public Input<string>? LimitUnit { get; set; }

    [Input("name")]
    public Input<string>? Name { get; set; }

    [Input("notifications")]
    private InputList<Inputs.BudgetNotificationArgs>? _notifications;

    public InputList<Inputs.BudgetNotificationArgs> Notifications
    {
        get => _notifications ?? (_notifications = new InputList<Inputs.BudgetNotificationArgs>());
        set => _notifications = value;
    }

    [Input("tags")]
    private InputMap<string>? _tags;

    public InputMap<string> Tags
    {
        get => _tags ?? (_tags = new InputMap<string>());
        set => _tags = value;
    }

    [Input("timeUnit", required: true)]
    public Input<string> TimeUnit { get; set; } = null!;

    public BudgetArgs()
    {
    }
}
