// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.DBforPostgreSQL.Inputs;

public sealed class StorageArgs : global::Pulumi.ResourceArgs
{
    [Input("autoGrow")]
    public InputUnion<string, Pulumi.AzureNative.DBforPostgreSQL.StorageAutoGrow>? AutoGrow { get; set; }

    [Input("storageSizeGB")]
    public Input<int>? StorageSizeGB { get; set; }

    [Input("type")]
    public InputUnion<string, Pulumi.AzureNative.DBforPostgreSQL.StorageType>? Type { get; set; }
}
