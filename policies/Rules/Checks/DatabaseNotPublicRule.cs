namespace MlPlatform.Policies;

/// <summary>
/// Databases are never reachable from the internet: an RDS instance leaves <c>publiclyAccessible</c> false (no public
/// IP address on its endpoint), whatever its security groups say; a PostgreSQL Flexible Server has private access
/// (<c>network.delegatedSubnetResourceId</c>, a subnet delegated to it) and <c>network.publicNetworkAccess</c> Disabled.
/// Without a delegated subnet Azure creates the server with a public endpoint, so a missing setting is public.
/// </summary>
public sealed class DatabaseNotPublicRule : IPolicyRule
{
    public string Id => RuleIds.DatabaseNotPublic;

    public string Description => "Databases have no public endpoint (RDS not publicly accessible; Flexible Server private access only).";

    public RuleScope Scope => RuleScope.Resource;

    public IReadOnlyList<string> ConfigKeys => [];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        foreach (var instance in input.OfType(ResourceTypes.RdsInstance))
        {
            var isPublic = instance.Input("publiclyAccessible");
            if (!Values.IsUnknown(isPublic) && Values.AsBool(isPublic) == true)
            {
                yield return new PolicyViolation(Id, instance.Urn, "publiclyAccessible true", "publiclyAccessible false", $"database '{instance.Name}' has a public endpoint");
            }
        }

        foreach (var server in input.OfType(ResourceTypes.PostgresFlexibleServer))
        {
            var access = server.Input("network", "publicNetworkAccess");
            var subnet = server.Input("network", "delegatedSubnetResourceId");
            if (Values.IsUnknown(access))
            {
                continue;
            }

            if (Values.AsString(access) is { } value && !string.Equals(value, "Disabled", StringComparison.OrdinalIgnoreCase))
            {
                yield return new PolicyViolation(Id, server.Urn, $"network.publicNetworkAccess {value}", "network.publicNetworkAccess Disabled with a delegated subnet", $"database '{server.Name}' has a public endpoint");
            }
            else if (subnet is null)
            {
                yield return new PolicyViolation(Id, server.Urn, "no network.delegatedSubnetResourceId (public access)", "network.delegatedSubnetResourceId and publicNetworkAccess Disabled", $"database '{server.Name}' has no private access");
            }
        }
    }
}
