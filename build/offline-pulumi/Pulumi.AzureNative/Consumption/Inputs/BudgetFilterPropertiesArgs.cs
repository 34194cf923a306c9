// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Consumption.Inputs;

public sealed class BudgetFilterPropertiesArgs : global::Pulumi.ResourceArgs
{
    [Input("dimensions")]
    public Input<Inputs.BudgetComparisonExpressionArgs>? Dimensions { get; set; }

    [Input("tags")]
    public Input<Inputs.BudgetComparisonExpressionArgs>? Tags { get; set; }
}
