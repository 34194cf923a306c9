using MlPlatform.Components;
using MlPlatform.CostModel;
using MlPlatform.Stacks.Config.Binding;

namespace MlPlatform.Stacks.Config.Rules;

/// <summary>
/// The cluster add-ons and the settings they depend on: Karpenter's chart only with the Karpenter provisioner on AWS;
/// the gateway chart's version form, its CRDs and whether the platform installs it at all follow
/// <c>ingress.gatewayClassName</c>; an external Prometheus address only when the platform's own is off.
/// </summary>
public sealed class AddonsConfigRule : IConfigRule
{
    public string Concept => "addons";

    public IEnumerable<SpecError> Check(ConfigRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var config = context.Config;
        var ns = StackConfigReader.Namespace;
        var errors = new List<SpecError>();
        if (config.Karpenter.ChartVersion is { } chart)
        {
            var path = $"{ns}:karpenter.chartVersion";
            if (config.Cloud != Cloud.Aws || config.Cluster.Provisioner != NodeProvisioner.Karpenter)
            {
                errors.Add(new SpecError(path, $"applies only on aws with {ns}:cluster.provisioner: karpenter (got {config.Cloud.ToString().ToLowerInvariant()}, {(config.Cluster.Provisioner == NodeProvisioner.Karpenter ? "karpenter" : "managedNodeGroups")})"));
            }
            else if (!ConfigPatterns.KarpenterChartVersion().IsMatch(chart))
            {
                errors.Add(new SpecError(path, $"must be a Karpenter v1 chart version such as 1.8.1 (got '{chart}')"));
            }
        }

        CheckGateway(config, errors);
        var prometheus = $"{ns}:addons.prometheus.address";
        if (config.Addons.PrometheusAddress is { } address)
        {
            if (config.Addons.Prometheus.Enabled != false)
            {
                errors.Add(new SpecError(prometheus, "applies only with prometheus.enabled: false (the platform's own Prometheus has a known address)"));
            }
            else if (!(Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                errors.Add(new SpecError(prometheus, $"must be an http(s) URL such as http://prometheus-operated.monitoring.svc:9090 (got '{address}')"));
            }
        }

        return errors;
    }

    private static void CheckGateway(PlatformConfig config, List<SpecError> errors)
    {
        var ns = StackConfigReader.Namespace;
        var gatewayPath = $"{ns}:addons.gateway";
        var gatewayClass = config.Ingress.GatewayClassName;

        // Envoy Gateway publishes v-prefixed chart versions, Istio bare ones; other classes are not installed by us.
        bool? prefixed = gatewayClass == GatewayClassNames.Istio ? false : GatewayClassNames.Envoy.Contains(gatewayClass) ? true : null;
        var gateway = config.Addons.Gateway;
        if (gateway.Version is { } version && !ConfigPatterns.IsChartVersion(version, prefixed ?? true))
        {
            errors.Add(new SpecError($"{gatewayPath}.version", AddonsBinder.ChartVersionProblem(version, prefixed ?? true)));
        }

        if (prefixed is null && (gateway.Enabled == true || gateway.Version is not null))
        {
            errors.Add(new SpecError(
                $"{gatewayPath}.{(gateway.Enabled == true ? "enabled" : "version")}",
                $"the platform installs the gateway only for the classes {GatewayClassNames.Istio} and {string.Join(", ", GatewayClassNames.Envoy.Order(StringComparer.Ordinal))} (got {ns}:ingress.gatewayClassName '{gatewayClass}'); install that class yourself"));
        }

        if (config.Addons.GatewayCrdsVersion is { } crds)
        {
            if (prefixed != false)
            {
                errors.Add(new SpecError($"{gatewayPath}.crdsVersion", $"applies only with {ns}:ingress.gatewayClassName istio (Envoy Gateway's chart brings the Gateway API CRDs itself)"));
            }
            else if (!ConfigPatterns.IsChartVersion(crds, prefixed: true))
            {
                errors.Add(new SpecError($"{gatewayPath}.crdsVersion", $"must be an exact chart version such as v1.8.2 (got '{crds}')"));
            }
        }
    }
}
