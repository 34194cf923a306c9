namespace MlPlatform.Policies;

/// <summary>
/// Production databases cannot be deleted by a stray <c>pulumi destroy</c> or replacement: an RDS instance sets
/// <c>deletionProtection</c> true and does not skip its final snapshot. A PostgreSQL Flexible Server has no such
/// setting: it needs a management lock of level <c>CanNotDelete</c> (or <c>ReadOnly</c>) whose scope is the server
/// (<c>azure-native:authorization:ManagementLockByScope</c>, linked by the engine's dependency of <c>scope</c> on the
/// server, by a known ARM ID ending in <c>/flexibleServers/&lt;serverName&gt;</c>, or, while the scope is unknown in a
/// preview or not an ARM ID, by having the server's parent). Disabled outside production by default.
/// </summary>
public sealed class DatabaseDeletionProtectionRule : IPolicyRule
{
    public string Id => RuleIds.DatabaseDeletionProtection;

    public string Description => "Production databases are deletion-protected (RDS: deletion protection and a final snapshot; Azure: a CanNotDelete lock).";

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

        var locks = input.OfType(ResourceTypes.AzureManagementLock).Where(PreventsDelete).ToList();
        foreach (var server in input.OfType(ResourceTypes.PostgresFlexibleServer))
        {
            if (!locks.Any(l => Locks(l, server)))
            {
                yield return new PolicyViolation(Id, server.Urn, "no CanNotDelete lock on the server", "a ManagementLockByScope of level CanNotDelete scoped to the server", $"database '{server.Name}' can be deleted");
            }
        }
    }

    private static bool PreventsDelete(PolicyResource managementLock) =>
        Values.IsUnknown(managementLock.Input("level"))
        || Values.AsString(managementLock.Input("level")) is "CanNotDelete" or "ReadOnly";

    /// <summary>Whether <paramref name="managementLock"/> is scoped to <paramref name="server"/>.</summary>
    private static bool Locks(PolicyResource managementLock, PolicyResource server)
    {
        if (managementLock.DependsOn("scope", server.Urn))
        {
            return true;
        }

        // A scope that is unknown (a preview of a new server) or not an ARM ID (a test engine's made-up ID) cannot be
        // matched by name; the lock then counts for the server it was declared beside.
        var scope = managementLock.Input("scope");
        var text = Values.IsUnknown(scope) ? null : Values.AsString(scope);
        if (text is null || !text.StartsWith("/subscriptions/", StringComparison.OrdinalIgnoreCase))
        {
            return managementLock.Parent == server.Parent;
        }

        var id = Values.AsString(server.Outputs.GetValueOrDefault("id"));
        var name = Values.AsString(server.Input("serverName"));
        return (id is not null && string.Equals(text, id, StringComparison.OrdinalIgnoreCase))
            || (name is not null && text.EndsWith($"/flexibleServers/{name}", StringComparison.OrdinalIgnoreCase));
    }
}
