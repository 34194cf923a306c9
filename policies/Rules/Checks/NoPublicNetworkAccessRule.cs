namespace MlPlatform.Policies;

/// <summary>
/// Production data services are off the public internet: storage accounts and container registries set
/// <c>publicNetworkAccess</c> to <c>Disabled</c> (both default to enabled) and are reached through private endpoints.
/// Disabled outside production by default, where public access with Entra ID authentication is the cheaper choice.
/// </summary>
public sealed class NoPublicNetworkAccessRule : IPolicyRule
{
    public string Id => RuleIds.NoPublicNetworkAccess;

    public string Description => "Storage accounts and container registries in production have public network access disabled.";

    public RuleScope Scope => RuleScope.Resource;

    public IReadOnlyList<string> ConfigKeys => ["network.privateEndpoints"];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => Defaults.MandatoryInProductionElseDisabled(context);

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        foreach (var resource in input.OfTypes(ResourceTypes.StorageAccount, ResourceTypes.ContainerRegistry))
        {
            var access = resource.Input("publicNetworkAccess");
            if (!Values.IsUnknown(access) && Values.AsString(access) != "Disabled")
            {
                var kind = resource.Type == ResourceTypes.StorageAccount ? "storage account" : "container registry";
                yield return new PolicyViolation(Id, resource.Urn, $"publicNetworkAccess {Values.AsString(access) ?? "Enabled (default)"}", "publicNetworkAccess Disabled", $"{kind} '{resource.Name}' is reachable from the public internet");
            }
        }
    }
}
