namespace MlPlatform.Components.Azure;

/// <summary>The Azure resource types the platform names, each with its own length and character rules (see <see cref="AzureNaming"/>).</summary>
public enum AzureResourceKind
{
    ResourceGroup,
    VirtualNetwork,
    Subnet,
    ManagedCluster,
    AgentPool,
    StorageAccount,
    BlobContainer,
    ContainerRegistry,
    UserAssignedIdentity,
    FederatedCredential,
    LogAnalyticsWorkspace,
    Budget,
    ActionGroup,
    ActionGroupShortName,
    PrivateEndpoint,
    NetworkInterface,
    PrivateDnsZoneLink,
}
