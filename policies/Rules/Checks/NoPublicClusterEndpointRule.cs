namespace MlPlatform.Policies;

/// <summary>
/// Production clusters have no public API endpoint: EKS <c>vpcConfig.endpointPublicAccess</c> false (the default is
/// true), AKS <c>apiServerAccessProfile.enablePrivateCluster</c> true. Disabled outside production by default.
/// </summary>
public sealed class NoPublicClusterEndpointRule : IPolicyRule
{
    public string Id => RuleIds.NoPublicClusterEndpoint;

    public string Description => "Clusters in production have no public API endpoint.";

    public RuleScope Scope => RuleScope.Resource;

    public IReadOnlyList<string> ConfigKeys => ["cluster.privateEndpoint"];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => Defaults.MandatoryInProductionElseDisabled(context);

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        foreach (var cluster in input.OfType(ResourceTypes.EksCluster))
        {
            var isPublic = cluster.Input("vpcConfig", "endpointPublicAccess");
            if (!Values.IsUnknown(isPublic) && Values.AsBool(isPublic) != false)
            {
                yield return new PolicyViolation(Id, cluster.Urn, $"endpointPublicAccess {Values.AsString(isPublic) ?? "true (default)"}", "endpointPublicAccess false", $"cluster '{cluster.Name}' has a public API endpoint");
            }
        }

        foreach (var cluster in input.OfType(ResourceTypes.AksCluster))
        {
            var isPrivate = cluster.Input("apiServerAccessProfile", "enablePrivateCluster");
            if (!Values.IsUnknown(isPrivate) && Values.AsBool(isPrivate) != true)
            {
                yield return new PolicyViolation(Id, cluster.Urn, $"enablePrivateCluster {Values.AsString(isPrivate) ?? "false (default)"}", "enablePrivateCluster true", $"cluster '{cluster.Name}' has a public API endpoint");
            }
        }
    }
}
