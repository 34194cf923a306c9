using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.Components.Azure;

/// <summary>
/// Where a resource's private endpoint goes: the private-endpoint subnet of the cluster VNet
/// (<see cref="GpuCluster.EndpointSubnetId"/>) and the stack's shared private DNS zones by group ID
/// (<see cref="PrivateDnsZones.Access"/>). A component given one turns its public network access off.
/// </summary>
/// <param name="SubnetId">The subnet endpoints take their private IP address from.</param>
/// <param name="DnsZoneIds">Private DNS zone ID by Private Link group ID.</param>
public sealed record PrivateAccess(Input<string> SubnetId, ImmutableDictionary<string, Output<string>> DnsZoneIds)
{
    /// <summary>The problem when there is no zone for <paramref name="groupId"/>, naming <paramref name="path"/>, or null.</summary>
    public SpecError? MissingZone(string groupId, string path) =>
        DnsZoneIds is not null && DnsZoneIds.ContainsKey(groupId)
            ? null
            : new SpecError(path, $"has no private DNS zone for group '{groupId}' ({PrivateLinkGroups.ZoneName(groupId)}); create the stack's PrivateDnsZones with that group");
}
