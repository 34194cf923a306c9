namespace MlPlatform.Components.Azure;

/// <summary>A platform resource reached through a private endpoint.</summary>
/// <param name="Resource">Which resource: <see cref="PrivateEndpointPlan.Registry"/>, <see cref="PrivateEndpointPlan.ModelStore"/> or <see cref="PrivateEndpointPlan.DatasetStore"/>.</param>
/// <param name="GroupId">The Private Link group ID the endpoint connects to (see <see cref="PrivateLinkGroups"/>).</param>
public sealed record PrivateEndpointTarget(string Resource, string GroupId)
{
    /// <summary>The private DNS zone the endpoint's records go into.</summary>
    public string ZoneName => PrivateLinkGroups.ZoneName(GroupId);
}
