namespace MlPlatform.Stacks.Config.Binding;

/// <summary>
/// Binds <c>mlplatform:services</c>: the scheduler (state store, replicas, its database with environment defaults),
/// the inference runtime and the dataset warmer images.
/// </summary>
internal static class ServicesBinder
{
    public static ServicesSpec Bind(ConfigNode node, BindContext context)
    {
        var schedulerNode = node.Object("scheduler", required: true);
        var stateStore = schedulerNode.Enum("stateStore", SchedulerStateStore.Sqlite);
        SchedulerDatabaseSpec? database = null;
        if (stateStore == SchedulerStateStore.Postgres)
        {
            database = BindDatabase(schedulerNode.Object("database"), context);
        }
        else
        {
            // Read so it is not an unknown key; the services rule says it applies only with postgres.
            _ = schedulerNode.Object("database");
        }

        var scheduler = new SchedulerServiceSpec(
            Image(schedulerNode, context.Errors),
            schedulerNode.String("version", "0.1.0"),
            stateStore,
            schedulerNode.Int("replicas", stateStore == SchedulerStateStore.Postgres ? 2 : 1, 1, 5),
            schedulerNode.Int("queueAgeFallbackMinutes", 30, 1, 1440),
            database);
        schedulerNode.RejectUnknownKeys();
        var inference = BindImage(node.Object("inference", required: true), context.Errors);
        var warmer = BindImage(node.Object("datasetWarmer", required: true), context.Errors);
        node.RejectUnknownKeys();
        return new ServicesSpec(scheduler, inference, warmer);
    }

    private static SchedulerDatabaseSpec BindDatabase(ConfigNode node, BindContext context)
    {
        var defaults = SchedulerDatabaseSpec.Default(context.Cloud, context.Production);
        var spec = new SchedulerDatabaseSpec(
            node.String("instanceClass", defaults.InstanceClass),
            node.Int("storageGiB", defaults.StorageGiB, SchedulerDatabaseSpec.MinStorageGiB, SchedulerDatabaseSpec.MaxStorageGiB),
            node.Bool("highAvailability", defaults.HighAvailability),
            node.Int("backupRetentionDays", defaults.BackupRetentionDays, 1, SchedulerDatabaseSpec.MaxBackupRetentionDays),
            node.String("engineVersion", defaults.EngineVersion),
            node.Bool("deletionProtection", defaults.DeletionProtection),
            node.Bool("geoRedundantBackup", defaults.GeoRedundantBackup));
        if (!SchedulerDatabaseSpec.SupportedEngineVersions.Contains(spec.EngineVersion))
        {
            context.Errors.Add($"{node.Path}.engineVersion", $"must be one of {string.Join(", ", SchedulerDatabaseSpec.SupportedEngineVersions)} (got '{spec.EngineVersion}')");
        }

        node.RejectUnknownKeys();
        return spec;
    }

    private static ServiceImageSpec BindImage(ConfigNode node, ConfigErrors errors)
    {
        var spec = new ServiceImageSpec(Image(node, errors), node.String("version", "0.1.0"));
        node.RejectUnknownKeys();
        return spec;
    }

    private static string Image(ConfigNode node, ConfigErrors errors)
    {
        var image = node.String("image", string.Empty, required: true);
        if (image.Length > 0 && !ConfigPatterns.ImageByDigest().IsMatch(image))
        {
            errors.Add($"{node.Path}.image", $"must reference an image by digest, repository@sha256:<64 hex digits>, never a tag (got '{image}')");
        }

        return image;
    }
}
