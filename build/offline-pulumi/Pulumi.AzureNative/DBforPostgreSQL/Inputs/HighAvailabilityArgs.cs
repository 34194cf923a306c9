// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.DBforPostgreSQL.Inputs;

public sealed class HighAvailabilityArgs : global::Pulumi.ResourceArgs
{
    [Input("mode")]
    public InputUnion<string, Pulumi.AzureNative.DBforPostgreSQL.PostgreSqlFlexibleServerHighAvailabilityMode>? Mode { get; set; }

    [Input("standbyAvailabilityZone")]
    public Input<string>? StandbyAvailabilityZone { get; set; }

    public HighAvailabilityArgs()
    {
        Mode = "Disabled";
        StandbyAvailabilityZone = "";
    }
}
