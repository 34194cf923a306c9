// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.DBforPostgreSQL.Inputs;

public sealed class SkuArgs : global::Pulumi.ResourceArgs
{
    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;

    [Input("tier", required: true)]
    public InputUnion<string, Pulumi.AzureNative.DBforPostgreSQL.SkuTier> Tier { get; set; } = null!;
}
