// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.DBforPostgreSQL.Inputs;

public sealed class BackupArgs : global::Pulumi.ResourceArgs
{
    [Input("backupRetentionDays")]
    public Input<int>? BackupRetentionDays { get; set; }

    [Input("geoRedundantBackup")]
    public InputUnion<string, Pulumi.AzureNative.DBforPostgreSQL.GeographicallyRedundantBackup>? GeoRedundantBackup { get; set; }

    public BackupArgs()
    {
        BackupRetentionDays = 7;
        GeoRedundantBackup = "Disabled";
    }
}
