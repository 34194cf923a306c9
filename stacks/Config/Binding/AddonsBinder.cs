namespace MlPlatform.Stacks.Config.Binding;

/// <summary>
/// Binds the cluster add-ons: <c>karpenter</c>, <c>ingress</c>, <c>addons</c>. Versions whose form depends on another
/// setting (the gateway's chart follows <c>ingress.gatewayClassName</c>) are checked by the add-ons rule.
/// </summary>
internal static class AddonsBinder
{
    public static KarpenterSpec BindKarpenter(ConfigNode node)
    {
        var version = node.String("chartVersion", string.Empty);
        node.RejectUnknownKeys();
        return new KarpenterSpec(version.Length > 0 ? version : null);
    }

    public static IngressSpec BindIngress(ConfigNode node, BindContext context)
    {
        var domain = node.String("domain", string.Empty, required: true);
        if (domain.Length > 0 && !ConfigPatterns.Domain().IsMatch(domain))
        {
            context.Errors.Add($"{node.Path}.domain", $"must be a DNS name such as models.example.com (got '{domain}')");
        }

        var spec = new IngressSpec(domain, node.String("tlsSecretName", "models-tls"), node.String("clusterIssuer", string.Empty), node.String("gatewayClassName", "istio"));
        node.RejectUnknownKeys();
        return spec;
    }

    public static AddonsSpec BindAddons(ConfigNode node, BindContext context)
    {
        var gatewayNode = node.Object("gateway");
        var gateway = BindAddon(gatewayNode, prefixed: null, context);
        var crdsVersion = gatewayNode.String("crdsVersion", string.Empty);
        gatewayNode.RejectUnknownKeys();
        var prometheusNode = node.Object("prometheus");
        var prometheus = BindAddon(prometheusNode, prefixed: false, context);
        var address = prometheusNode.String("address", string.Empty);
        prometheusNode.RejectUnknownKeys();
        var spec = new AddonsSpec(
            gateway,
            crdsVersion.Length > 0 ? crdsVersion : null,
            BindAddonNode(node, "certManager", prefixed: true, context),
            BindAddonNode(node, "keda", prefixed: false, context),
            prometheus,
            address.Length > 0 ? address : null,
            BindAddonNode(node, "prometheusAdapter", prefixed: false, context));
        node.RejectUnknownKeys();
        return spec;
    }

    private static AddonSpec BindAddonNode(ConfigNode parent, string key, bool prefixed, BindContext context)
    {
        var node = parent.Object(key);
        var spec = BindAddon(node, prefixed, context);
        node.RejectUnknownKeys();
        return spec;
    }

    // Chart tags differ: Envoy Gateway and cert-manager publish v-prefixed versions, the others bare ones; null: the
    // form depends on another setting and a rule checks it.
    private static AddonSpec BindAddon(ConfigNode node, bool? prefixed, BindContext context)
    {
        bool? enabled = node.Has("enabled") ? node.Bool("enabled", false) : null;
        var version = node.String("version", string.Empty);
        if (version.Length > 0 && prefixed is { } p && !ConfigPatterns.IsChartVersion(version, p))
        {
            context.Errors.Add($"{node.Path}.version", ChartVersionProblem(version, p));
        }

        return new AddonSpec(enabled, version.Length > 0 ? version : null);
    }

    public static string ChartVersionProblem(string version, bool prefixed) =>
        $"must be an exact chart version{(prefixed ? " starting with v, as this chart's tags do, such as v1.2.3" : " without a leading v, such as 1.2.3")} (got '{version}')";
}
