namespace MlPlatform.Policies;

/// <summary>
/// Images are scanned: each ECR repository scans on push, unless the registry's scanning configuration scans every
/// repository (enhanced scanning, or basic rules on push / continuously); on Azure, the stack enables Microsoft Defender
/// for Containers (<c>azure-native:security:Pricing</c> named <c>Containers</c> at tier <c>Standard</c>).
/// </summary>
public sealed class RegistryScanningRule : IPolicyRule
{
    public string Id => RuleIds.RegistryScanning;

    public string Description => "Container images are scanned for vulnerabilities.";

    public RuleScope Scope => RuleScope.Stack;

    public IReadOnlyList<string> ConfigKeys => [];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        var registryWide = input.OfType(ResourceTypes.EcrRegistryScanning).Any(c =>
            Values.AsString(c.Input("scanType")) == "ENHANCED"
            || (Values.AsList(c.Input("rules")) ?? []).Any(r => Values.AsString(Values.Get(r, "scanFrequency")) is "SCAN_ON_PUSH" or "CONTINUOUS_SCAN"));
        if (!registryWide)
        {
            foreach (var repository in input.OfType(ResourceTypes.EcrRepository))
            {
                var scan = repository.Input("imageScanningConfiguration", "scanOnPush");
                if (!Values.IsUnknown(scan) && Values.AsBool(scan) != true)
                {
                    yield return new PolicyViolation(Id, repository.Urn, "scanOnPush false", "scanOnPush true or registry-wide scanning", $"repository '{repository.Name}' does not scan images on push");
                }
            }
        }

        var registries = input.OfType(ResourceTypes.ContainerRegistry);
        if (registries.Count == 0)
        {
            yield break;
        }

        var defender = input.OfType(ResourceTypes.DefenderPricing).Any(p =>
            (Values.AsString(p.Input("pricingName")) ?? p.Name).EndsWith("Containers", StringComparison.OrdinalIgnoreCase)
            && Values.AsString(p.Input("pricingTier")) == "Standard");
        if (!defender)
        {
            foreach (var registry in registries)
            {
                yield return new PolicyViolation(Id, registry.Urn, "Defender for Containers not enabled", "security Pricing 'Containers' at tier Standard", $"registry '{registry.Name}' images are not scanned (no Defender for Containers plan in the stack)");
            }
        }
    }
}
