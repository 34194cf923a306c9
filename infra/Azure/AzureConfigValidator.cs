using System.Collections.Immutable;
using MlPlatform.Components;
using MlPlatform.Components.Azure;
using MlPlatform.CostModel;
using MlPlatform.Stacks.Config;

namespace MlPlatform.Infra.Azure;

/// <summary>
/// The rules a validated <see cref="PlatformConfig"/> must also meet on Azure (the config reader checks what both clouds
/// share): at most 3 zones, Entra group object IDs as admins, agent pool limits and names, a cache path on the
/// temporary disk, budget notification limits. Every problem at once, each naming its <c>mlplatform:</c> key.
/// </summary>
public static class AzureConfigValidator
{
    public static IReadOnlyList<SpecError> Validate(PlatformConfig config, PriceCatalog prices)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(prices);
        var errors = new List<SpecError>();
        var cluster = config.Cluster;
        if (AzureNaming.Validate(AzureResourceKind.ManagedCluster, cluster.Name, "mlplatform:cluster.name") is { } name)
        {
            errors.Add(name);
        }

        if (cluster.AvailabilityZones > 3)
        {
            errors.Add(new SpecError("mlplatform:cluster.availabilityZones", $"must be at most 3 on azure (got {cluster.AvailabilityZones})"));
        }

        for (var i = 0; i < cluster.AdminPrincipals.Length; i++)
        {
            if (!Guid.TryParse(cluster.AdminPrincipals[i], out _))
            {
                errors.Add(new SpecError($"mlplatform:cluster.adminPrincipals[{i}]", $"must be an Entra ID group object ID (a GUID) on azure (got '{cluster.AdminPrincipals[i]}')"));
            }
        }

        try
        {
            _ = AzureGpuPoolPlan.CreateAll(config.GpuPools, "mlplatform:gpuPools", config.Region, prices, config.DatasetCache.Enabled ? config.DatasetCache.MountPath : null);
        }
        catch (InvalidSpecException e)
        {
            errors.AddRange(e.Errors);
        }

        if (config.DatasetCache.Enabled && !CacheDisks.MountPathFits(CacheDiskKind.TempDisk, config.DatasetCache.MountPath))
        {
            errors.Add(new SpecError("mlplatform:datasetCache.mountPath", $"must be under {CacheDisks.TempDiskMount}/ on azure, where AKS mounts the temporary disk (got '{config.DatasetCache.MountPath}')"));
        }

        foreach (var (repository, i) in config.Registry.Repositories.Select((r, i) => (r, i)).Where(r => !RegistryNaming.IsRepositoryName(r.r)))
        {
            errors.Add(new SpecError($"mlplatform:registry.repositories[{i}]", $"'{repository}' is not a valid repository name"));
        }

        errors.AddRange(AzureBudgets.Validate(config.Budget.MonthlyLimitUsd, config.Budget.ActualThresholds, config.Budget.ForecastThresholds, config.Budget.Recipients, "mlplatform:budget"));
        foreach (var (team, i) in config.Teams.Select((t, i) => (t, i)).Where(t => t.t.MonthlyBudgetUsd > 0))
        {
            var recipients = AzurePlatform.TeamRecipients(config, team);
            if (recipients.IsEmpty)
            {
                errors.Add(new SpecError($"mlplatform:teams[{i}].recipients", "must list someone to notify of the team budget (or set mlplatform:budget.recipients)"));
            }
        }

        return errors;
    }

    /// <summary>The message of the run error for <paramref name="errors"/>, in the config reader's format.</summary>
    public static string Describe(IReadOnlyList<SpecError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return $"invalid stack configuration for azure ({errors.Count} problem{(errors.Count == 1 ? string.Empty : "s")}):" + string.Concat(errors.Select(e => $"\n  - {e.Path} {e.Problem}"));
    }

    /// <summary>Throws a <see cref="Pulumi.RunException"/> listing every problem, before any resource is declared.</summary>
    public static void ThrowIfInvalid(PlatformConfig config, PriceCatalog prices)
    {
        var errors = Validate(config, prices);
        if (errors.Count > 0)
        {
            throw new Pulumi.RunException(Describe(errors), new InvalidSpecException(errors));
        }
    }

    internal static ImmutableArray<string> NonEmpty(ImmutableArray<string> values) => values.IsDefault ? [] : values;
}
