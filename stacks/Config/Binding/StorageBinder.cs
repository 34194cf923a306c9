using System.Collections.Immutable;
using MlPlatform.CostModel;

namespace MlPlatform.Stacks.Config.Binding;

/// <summary>Binds where the platform keeps data: <c>datasetCache</c>, <c>registry</c>, <c>modelStore</c>, <c>network</c>.</summary>
internal static class StorageBinder
{
    public static DatasetCacheSpec BindDatasetCache(ConfigNode node, BindContext context)
    {
        var mountPath = node.String("mountPath", "/mnt/dataset-cache");
        if (!mountPath.StartsWith('/') || mountPath.Contains("..", StringComparison.Ordinal))
        {
            context.Errors.Add($"{node.Path}.mountPath", $"must be an absolute path without '..' (got '{mountPath}')");
        }

        var prefetch = node.List("prefetch").Select(n =>
        {
            var reference = new DatasetRef(n.String("name", string.Empty, required: true), n.String("version", string.Empty, required: true));
            n.RejectUnknownKeys();
            return reference;
        }).ToImmutableArray();
        var enabled = node.Bool("enabled", true);

        // Bound on every cloud so the storage rule can say where it applies; only Azure reads it.
        var prepareImage = node.String("prepareImage", string.Empty);
        if (prepareImage.Length > 0 && !ConfigPatterns.ImageByDigest().IsMatch(prepareImage))
        {
            context.Errors.Add($"{node.Path}.prepareImage", $"must reference an image by digest, repository@sha256:<64 hex digits>, never a tag (got '{prepareImage}')");
        }

        var spec = new DatasetCacheSpec(enabled, mountPath, node.Int("maxSizeGiB", 500, 10), prefetch, prepareImage.Length > 0 ? prepareImage : null);
        node.RejectUnknownKeys();
        return spec;
    }

    public static RegistrySpec BindRegistry(ConfigNode node, BindContext context)
    {
        var spec = new RegistrySpec(
            node.Strings("repositories", ["scheduler", "inference", "dataset-warmer"]),
            node.Int("untaggedExpiryDays", 7, 1, 365),
            node.Int("keepLastImages", 30, 1, 1000),
            node.Enum("sku", context.Cloud == Cloud.Azure && context.Production ? RegistrySku.Premium : RegistrySku.Standard));
        node.RejectUnknownKeys();
        return spec;
    }

    public static ModelStoreSpec BindModelStore(ConfigNode node)
    {
        var spec = new ModelStoreSpec(node.Int("noncurrentVersionExpiryDays", 90, 1, 3650), node.Int("softDeleteDays", 14, 1, 365));
        node.RejectUnknownKeys();
        return spec;
    }

    public static NetworkSpec BindNetwork(ConfigNode node, BindContext context)
    {
        var spec = new NetworkSpec(node.Bool("privateEndpoints", context.Cloud == Cloud.Azure && context.Production));
        node.RejectUnknownKeys();
        return spec;
    }
}
