// Offline stand-in: the subset of Pulumi.Aws 7.48.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.Aws.Budgets.Inputs;

public sealed class BudgetCostFilterArgs : global::Pulumi.ResourceArgs
{
    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("values", required: true)]
    private InputList<string>? _values;

    public InputList<string> Values
    {
        get => _values ?? (_values = new InputList<string>());
        set => _values = value;
    }

    public BudgetCostFilterArgs()
    {
    }
}
