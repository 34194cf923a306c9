using MlPlatform.CostModel;

namespace MlPlatform.Stacks.Config.Binding;

/// <summary>Binds <c>mlplatform:cluster</c>: names, version, network range, system pool, provisioner, zones, add-on images.</summary>
internal static class ClusterBinder
{
    public static ClusterSpec Bind(ConfigNode node, string environment, BindContext context)
    {
        var errors = context.Errors;
        var name = node.String("name", $"mlp-{environment}");
        if (!ConfigPatterns.IsName(name, 40))
        {
            errors.Add($"{node.Path}.name", $"must be lowercase letters, digits and '-', at most 40 characters (got '{name}')");
        }

        var version = node.String("kubernetesVersion", "1.33");
        if (!ConfigPatterns.KubernetesVersion().IsMatch(version))
        {
            errors.Add($"{node.Path}.kubernetesVersion", $"must look like 1.33 (got '{version}')");
        }

        // The prefix range differs by cloud (each cloud's subnet plan), so the cloud rules check it.
        var cidr = node.String("networkCidr", "10.40.0.0/16");
        if (!ConfigPatterns.Cidr().IsMatch(cidr))
        {
            errors.Add($"{node.Path}.networkCidr", $"must be an IPv4 CIDR such as 10.40.0.0/16 (got '{cidr}')");
        }

        var system = node.Object("systemPool");
        var systemPool = new SystemPoolSpec(
            system.String("instanceType", context.Cloud == Cloud.Aws ? "m6i.large" : "Standard_D4s_v5"),
            system.Int("minNodes", 2, 1, 20),
            system.Int("maxNodes", 4, 1, 50));
        system.RejectUnknownKeys();
        var zones = node.Strings("zones", []);
        var spec = new ClusterSpec(
            name,
            version,
            node.Bool("privateEndpoint", false),
            node.Int("availabilityZones", zones.IsEmpty ? 2 : zones.Length, 2, 6),
            cidr,
            systemPool,
            node.Enum("provisioner", NodeProvisioner.ManagedNodeGroups),
            node.Strings("adminPrincipals", []),
            node.Bool("monitoring", true),
            BindAddonImages(node.Object("addonImages"), errors),
            zones);
        node.RejectUnknownKeys();
        return spec;
    }

    private static AddonImagesSpec BindAddonImages(ConfigNode node, ConfigErrors errors)
    {
        string? Optional(string key)
        {
            var image = node.String(key, string.Empty);
            if (image.Length == 0)
            {
                return null;
            }

            if (!ConfigPatterns.ImageByDigest().IsMatch(image))
            {
                errors.Add($"{node.Path}.{key}", $"must reference an image by digest, repository@sha256:<64 hex digits> (got '{image}')");
            }

            return image;
        }

        var spec = new AddonImagesSpec(Optional("nvidiaDevicePlugin"), Optional("clusterAutoscaler"));
        node.RejectUnknownKeys();
        return spec;
    }
}
