using MlPlatform.Components;
using MlPlatform.CostModel;

namespace MlPlatform.Stacks.Config.Rules;

/// <summary>
/// The dataset cache and the registry: Azure prepares the cache's NVMe drives in an init container and needs its image
/// (AWS does it in node user data, so there it is an error); registry tiers exist on Azure only.
/// </summary>
public sealed class StorageConfigRule : IConfigRule
{
    public string Concept => "storage";

    public IEnumerable<SpecError> Check(ConfigRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var config = context.Config;
        var cache = ConfigRuleContext.Key("datasetCache");
        if (config.Cloud != Cloud.Azure && config.DatasetCache.PrepareImage is not null)
        {
            yield return new SpecError($"{cache}.prepareImage", "applies to azure only (AWS prepares the NVMe drives in node user data or Karpenter's RAID0 policy)");
        }

        if (config.Cloud == Cloud.Azure && config.DatasetCache.Enabled && config.DatasetCache.PrepareImage is null)
        {
            yield return new SpecError($"{cache}.prepareImage", "is required on azure with the dataset cache enabled: the image, by digest, of the init container that prepares the local NVMe drives (sh, util-linux, mdadm, e2fsprogs)");
        }

        var sku = $"{ConfigRuleContext.Key("registry")}.sku";
        if (config.Cloud != Cloud.Azure && context.IsSet(sku))
        {
            yield return new SpecError(sku, "applies to azure only (ECR has no service tiers)");
        }
    }
}
