using Pulumi;

namespace MlPlatform.Components.Azure;

/// <summary>Inputs of <see cref="PrivateLinkEndpoint"/>.</summary>
public sealed class PrivateLinkEndpointArgs
{
    /// <summary>The private endpoint's Azure name (2–64 characters). Required.</summary>
    public required string EndpointName { get; init; }

    /// <summary>Resource ID of the target: a registry, a storage account. Required.</summary>
    public required Input<string> TargetResourceId { get; init; }

    /// <summary>The target's sub-resource (<see cref="PrivateLinkGroups.Registry"/>, <see cref="PrivateLinkGroups.Blob"/>, …). Required.</summary>
    public required string GroupId { get; init; }

    /// <summary>The subnet the endpoint takes its private address from. Required.</summary>
    public required Input<string> SubnetId { get; init; }

    /// <summary>The shared private DNS zone of <see cref="GroupId"/> (see <see cref="PrivateDnsZones"/>). Required.</summary>
    public required Input<string> DnsZoneId { get; init; }

    public required Input<string> ResourceGroupName { get; init; }

    /// <summary>The target's region: an endpoint must be in the region of its VNet.</summary>
    public required string Location { get; init; }

    public required CommonTags Tags { get; init; }
}
