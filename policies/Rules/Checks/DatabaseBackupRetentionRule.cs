namespace MlPlatform.Policies;

/// <summary>
/// Production databases keep at least <see cref="MinimumDays"/> days of automated backups (point-in-time restore): an
/// RDS instance's <c>backupRetentionPeriod</c> (unset means the API default of 1 day, 0 turns backups off).
/// Disabled outside production by default.
/// </summary>
public sealed class DatabaseBackupRetentionRule : IPolicyRule
{
    public const int MinimumDays = 7;

    /// <summary>What a Flexible Server keeps when <c>backup.backupRetentionDays</c> is not set.</summary>
    public const int FlexibleServerDefaultDays = 7;

    public string Id => RuleIds.DatabaseBackupRetention;

    public string Description => $"Production databases keep at least {MinimumDays} days of automated backups.";

    public RuleScope Scope => RuleScope.Resource;

    public IReadOnlyList<string> ConfigKeys => ["services.scheduler.database.backupRetentionDays"];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => Defaults.MandatoryInProductionElseDisabled(context);

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        foreach (var instance in input.OfType(ResourceTypes.RdsInstance))
        {
            var retention = instance.Input("backupRetentionPeriod");
            if (Values.IsUnknown(retention))
            {
                continue;
            }

            var days = Values.AsNumber(retention);
            if (days is null || days < MinimumDays)
            {
                yield return new PolicyViolation(Id, instance.Urn, $"backupRetentionPeriod {days?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unset (1 day)"}", $"backupRetentionPeriod >= {MinimumDays}", $"database '{instance.Name}' keeps fewer than {MinimumDays} days of backups");
            }
        }

        foreach (var server in input.OfType(ResourceTypes.PostgresFlexibleServer))
        {
            var retention = server.Input("backup", "backupRetentionDays");
            if (Values.IsUnknown(retention))
            {
                continue;
            }

            // Unset, Flexible Server keeps 7 days (the provider's and the service's default).
            var days = retention is null ? FlexibleServerDefaultDays : Values.AsNumber(retention);
            if (days is null || days < MinimumDays)
            {
                yield return new PolicyViolation(Id, server.Urn, $"backup.backupRetentionDays {days?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Values.AsString(retention)}", $"backup.backupRetentionDays >= {MinimumDays}", $"database '{server.Name}' keeps fewer than {MinimumDays} days of backups");
            }
        }
    }
}
