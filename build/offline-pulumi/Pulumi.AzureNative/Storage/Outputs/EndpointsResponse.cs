// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.Storage.Outputs;

[OutputType]
public sealed class EndpointsResponse
{
    public readonly string Blob;

    public readonly string Dfs;

    [OutputConstructor]
    private EndpointsResponse(string blob, string dfs)
    {
        Blob = blob;
        Dfs = dfs;
    }
}
