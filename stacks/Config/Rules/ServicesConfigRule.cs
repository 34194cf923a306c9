using MlPlatform.Components;
using MlPlatform.CostModel;

namespace MlPlatform.Stacks.Config.Rules;

/// <summary>
/// The platform services: the scheduler's replicas and database follow its state store (SQLite is one pod's file;
/// PostgreSQL replicas elect a leader), the database is a real instance class of the cloud, meets what Flexible Server
/// refuses on Azure, and in production keeps HA, deletion protection and a week of backups.
/// </summary>
public sealed class ServicesConfigRule : IConfigRule
{
    public string Concept => "services";

    public IEnumerable<SpecError> Check(ConfigRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var config = context.Config;
        var scheduler = config.Services.Scheduler;
        var path = $"{ConfigRuleContext.Key("services")}.scheduler";
        var errors = new List<SpecError>();
        if (scheduler.StateStore != SchedulerStateStore.Postgres && context.IsSet($"{path}.database"))
        {
            errors.Add(new SpecError($"{path}.database", "applies only with stateStore: postgres (SQLite needs no database server)"));
        }

        if (scheduler.Replicas != 1 && scheduler.StateStore != SchedulerStateStore.Postgres)
        {
            errors.Add(new SpecError($"{path}.replicas", $"must be 1 with stateStore: sqlite (one pod's file); run 2 or more with stateStore: postgres, where the replicas elect a leader (got {scheduler.Replicas})"));
        }

        if (scheduler.Database is { } database)
        {
            CheckDatabase(context, database, $"{path}.database", errors);
        }

        return errors;
    }

    private static void CheckDatabase(ConfigRuleContext context, SchedulerDatabaseSpec spec, string path, List<SpecError> errors)
    {
        var cloud = context.Config.Cloud;
        if (!SchedulerDatabaseSpec.IsInstanceClassOf(cloud, spec.InstanceClass))
        {
            var example = SchedulerDatabaseSpec.DefaultInstanceClass(cloud, production: true);
            errors.Add(new SpecError($"{path}.instanceClass", $"'{spec.InstanceClass}' is not a database instance class on {cloud.ToString().ToLowerInvariant()} (for example {example})"));
        }

        if (cloud == Cloud.Azure)
        {
            CheckAzureDatabase(spec, path, errors);
        }
        else if (context.IsSet($"{path}.geoRedundantBackup"))
        {
            errors.Add(new SpecError($"{path}.geoRedundantBackup", "applies only on azure (Flexible Server geo-redundant backup)"));
        }

        if (context.Config.IsProduction)
        {
            if (!spec.HighAvailability)
            {
                errors.Add(new SpecError($"{path}.highAvailability", "must be true in production: the scheduler stops with a single database instance's zone"));
            }

            if (!spec.DeletionProtection)
            {
                errors.Add(new SpecError($"{path}.deletionProtection", "must be true in production: the scheduler's state (queues, job history) must survive a mistaken destroy"));
            }

            if (spec.BackupRetentionDays < SchedulerDatabaseSpec.MinProductionBackupRetentionDays)
            {
                errors.Add(new SpecError($"{path}.backupRetentionDays", $"must be >= {SchedulerDatabaseSpec.MinProductionBackupRetentionDays} in production (got {spec.BackupRetentionDays})"));
            }
        }
    }

    // What Flexible Server refuses that RDS accepts: other storage sizes, under 7 days of backups, HA on Burstable.
    private static void CheckAzureDatabase(SchedulerDatabaseSpec spec, string path, List<SpecError> errors)
    {
        if (!SchedulerDatabaseSpec.AzureStorageSizesGiB.Contains(spec.StorageGiB))
        {
            errors.Add(new SpecError($"{path}.storageGiB", $"must be one of {string.Join(", ", SchedulerDatabaseSpec.AzureStorageSizesGiB)} on azure (Flexible Server storage sizes) (got {spec.StorageGiB})"));
        }

        if (spec.BackupRetentionDays < SchedulerDatabaseSpec.MinAzureBackupRetentionDays)
        {
            errors.Add(new SpecError($"{path}.backupRetentionDays", $"must be >= {SchedulerDatabaseSpec.MinAzureBackupRetentionDays} on azure (got {spec.BackupRetentionDays})"));
        }

        if (spec.HighAvailability && SchedulerDatabaseSpec.IsBurstable(spec.InstanceClass))
        {
            errors.Add(new SpecError($"{path}.highAvailability", $"zone-redundant HA needs a General Purpose or Memory Optimized SKU (Standard_D*, Standard_E*); '{spec.InstanceClass}' is Burstable"));
        }
    }
}
