using System.Collections.Immutable;
using Pulumi;

namespace MlPlatform.Components.Azure;

/// <summary>Inputs of <see cref="PrivateDnsZones"/>.</summary>
public sealed class PrivateDnsZonesArgs
{
    /// <summary>Name prefix of the VNet links, e.g. <c>mlp-prod</c>. Required.</summary>
    public required string Prefix { get; init; }

    /// <summary>The resource group the zones and links go in. Required.</summary>
    public required Input<string> ResourceGroupName { get; init; }

    /// <summary>The VNet whose resolver answers from the zones (the cluster VNet). Required.</summary>
    public required Input<string> VnetId { get; init; }

    public required CommonTags Tags { get; init; }

    /// <summary>Private Link group IDs to create zones for (see <see cref="PrivateEndpointPlan.GroupIds"/>); duplicates share one zone.</summary>
    public required ImmutableArray<string> GroupIds { get; init; }
}
