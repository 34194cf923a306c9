// Offline stand-in: the subset of Pulumi.AzureNative 3.28.0 this repository uses, same names and wire names (see build/offline-pulumi).
namespace Pulumi.AzureNative.ContainerService.Outputs;

[OutputType]
public sealed class UserAssignedIdentityManagedClusterResponse
{
    public readonly string? ClientId;

    public readonly string? ObjectId;

    public readonly string? ResourceId;

    [OutputConstructor]
    private UserAssignedIdentityManagedClusterResponse(string? clientId, string? objectId, string? resourceId)
    {
        ClientId = clientId;
        ObjectId = objectId;
        ResourceId = resourceId;
    }
}
