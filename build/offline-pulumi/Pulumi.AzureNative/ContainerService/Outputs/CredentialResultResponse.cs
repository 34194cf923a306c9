// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.ContainerService.Outputs;

[OutputType]
public sealed class CredentialResultResponse
{
    public readonly string Name;

    public readonly string Value;

    [OutputConstructor]
    private CredentialResultResponse(string name, string value)
    {
        Name = name;
        Value = value;
    }
}
