// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.DBforPostgreSQL.Inputs;

public sealed class AuthConfigArgs : global::Pulumi.ResourceArgs
{
    [Input("activeDirectoryAuth")]
    public InputUnion<string, Pulumi.AzureNative.DBforPostgreSQL.MicrosoftEntraAuth>? ActiveDirectoryAuth { get; set; }

    [Input("passwordAuth")]
    public InputUnion<string, Pulumi.AzureNative.DBforPostgreSQL.PasswordBasedAuth>? PasswordAuth { get; set; }

    [Input("tenantId")]
    public Input<string>? TenantId { get; set; }

    public AuthConfigArgs()
    {
        PasswordAuth = "Enabled";
        TenantId = "";
    }
}
