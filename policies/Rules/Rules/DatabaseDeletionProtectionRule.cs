namespace MlPlatform.Policies;

/// <summary>
/// Production databases cannot be deleted by a stray <c>pulumi destroy</c> or replacement: an RDS instance sets
/// <c>deletionProtection</c> true and does not skip its final snapshot. Disabled outside production by default.
/// </summary>
public sealed class DatabaseDeletionProtectionRule : IPolicyRule
{
    public string Id => RuleIds.DatabaseDeletionProtection;

    public string Description => "Production databases are deletion-protected and keep a final snapshot.";

    public RuleScope Scope => RuleScope.Resource;

    public IReadOnlyList<string> ConfigKeys => ["services.scheduler.database.deletionProtection"];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => Defaults.MandatoryInProductionElseDisabled(context);

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        foreach (var instance in input.OfType(ResourceTypes.RdsInstance))
        {
            var protection = instance.Input("deletionProtection");
            if (!Values.IsUnknown(protection) && Values.AsBool(protection) != true)
            {
                yield return new PolicyViolation(Id, instance.Urn, $"deletionProtection {Values.AsString(protection) ?? "false (default)"}", "deletionProtection true", $"database '{instance.Name}' can be deleted");
            }

            var skip = instance.Input("skipFinalSnapshot");
            if (!Values.IsUnknown(skip) && Values.AsBool(skip) == true)
            {
                yield return new PolicyViolation(Id, instance.Urn, "skipFinalSnapshot true", "skipFinalSnapshot false with a finalSnapshotIdentifier", $"database '{instance.Name}' would be deleted without a final snapshot");
            }
        }
    }
}
