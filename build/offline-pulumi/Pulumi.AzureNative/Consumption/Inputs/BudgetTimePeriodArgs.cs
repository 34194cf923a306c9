// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Consumption.Inputs;

public sealed class BudgetTimePeriodArgs : global::Pulumi.ResourceArgs
{
    [Input("endDate")]
    public Input<string>? EndDate { get; set; }

    [Input("startDate", required: true)]
    public Input<string> StartDate { get; set; } = null!;
}
