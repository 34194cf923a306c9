namespace MlPlatform.Policies;

/// <summary>
/// Databases are never reachable from the internet: an RDS instance leaves <c>publiclyAccessible</c> false (no public
/// IP address on its endpoint), whatever its security groups say.
/// </summary>
public sealed class DatabaseNotPublicRule : IPolicyRule
{
    public string Id => RuleIds.DatabaseNotPublic;

    public string Description => "Databases have no public endpoint.";

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
    }
}
