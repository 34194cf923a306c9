// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Consumption.Inputs;

public sealed class BudgetComparisonExpressionArgs : global::Pulumi.ResourceArgs
{
    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("operator", required: true)]
    public InputUnion<string, Pulumi.AzureNative.Consumption.BudgetOperatorType> Operator { get; set; } = null!;

    [Input("values", required: true)]
    private InputList<string>? _values;

    public InputList<string> Values
    {
        get => _values ?? (_values = new InputList<string>());
        set => _values = value;
    }
}
