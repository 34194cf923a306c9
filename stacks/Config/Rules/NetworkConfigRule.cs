using MlPlatform.Components;
using MlPlatform.CostModel;

namespace MlPlatform.Stacks.Config.Rules;

/// <summary>
/// How data services are reached: private endpoints exist on Azure only and need a Premium registry (ACR offers
/// Private Link on Premium only; saying which two settings disagree beats failing in Azure).
/// </summary>
public sealed class NetworkConfigRule : IConfigRule
{
    public string Concept => "network";

    public IEnumerable<SpecError> Check(ConfigRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var config = context.Config;
        var path = $"{ConfigRuleContext.Key("network")}.privateEndpoints";
        if (config.Cloud != Cloud.Azure && context.IsSet(path))
        {
            yield return new SpecError(path, "applies to azure only (private endpoints for the registry and storage accounts)");
        }

        if (config.Cloud == Cloud.Azure && config.Network.PrivateEndpoints && config.Registry.Sku != RegistrySku.Premium)
        {
            var ns = StackConfigReader.Namespace;
            yield return new SpecError(
                path,
                $"needs {ns}:registry.sku premium: ACR private endpoints are a Premium feature (got {config.Registry.Sku.ToString().ToLowerInvariant()}; set {ns}:registry.sku: premium, or {ns}:network.privateEndpoints: false)");
        }
    }
}
