// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.ContainerService.Outputs;

[OutputType]
public sealed class ManagedClusterOIDCIssuerProfileResponse
{
    public readonly bool? Enabled;

    public readonly string IssuerURL;

    [OutputConstructor]
    private ManagedClusterOIDCIssuerProfileResponse(bool? enabled, string issuerURL)
    {
        Enabled = enabled;
        IssuerURL = issuerURL;
    }
}
