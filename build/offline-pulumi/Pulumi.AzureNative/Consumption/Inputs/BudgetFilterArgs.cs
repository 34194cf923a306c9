// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Consumption.Inputs;

public sealed class BudgetFilterArgs : global::Pulumi.ResourceArgs
{
    [Input("and")]
    private InputList<Inputs.BudgetFilterPropertiesArgs>? _and;

    public InputList<Inputs.BudgetFilterPropertiesArgs> And
    {
        get => _and ?? (_and = new InputList<Inputs.BudgetFilterPropertiesArgs>());
        set => _and = value;
    }

    [Input("dimensions")]
    public Input<Inputs.BudgetComparisonExpressionArgs>? Dimensions { get; set; }

    [Input("tags")]
    public Input<Inputs.BudgetComparisonExpressionArgs>? Tags { get; set; }
}
