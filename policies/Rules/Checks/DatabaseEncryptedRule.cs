namespace MlPlatform.Policies;

/// <summary>
/// Databases are encrypted at rest: an RDS instance sets <c>storageEncrypted</c> true (the provider's default is false)
/// and names its KMS key, so the data is under a key the platform controls rather than the account's AWS-managed key.
/// An Azure Database for PostgreSQL Flexible Server (<c>azure-native:dbforpostgresql:Server</c>) always encrypts its
/// storage and backups at rest (AES-256, service-managed keys unless <c>dataEncryption</c> names a Key Vault key); it has
/// no setting that turns encryption off, so the rule has nothing to find there.
/// </summary>
public sealed class DatabaseEncryptedRule : IPolicyRule
{
    public string Id => RuleIds.DatabaseEncrypted;

    public string Description => "Database storage is encrypted at rest (RDS: with a customer-managed key; Flexible Server: always).";

    public RuleScope Scope => RuleScope.Resource;

    public IReadOnlyList<string> ConfigKeys => [];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        foreach (var instance in input.OfType(ResourceTypes.RdsInstance))
        {
            var encrypted = instance.Input("storageEncrypted");
            if (Values.IsUnknown(encrypted))
            {
                continue;
            }

            if (Values.AsBool(encrypted) != true)
            {
                yield return new PolicyViolation(Id, instance.Urn, $"storageEncrypted {Values.AsString(encrypted) ?? "false (default)"}", "storageEncrypted true", $"database '{instance.Name}' stores its data unencrypted");
            }
            else if (instance.Input("kmsKeyId") is null)
            {
                yield return new PolicyViolation(Id, instance.Urn, "no kmsKeyId (the account's aws/rds key)", "kmsKeyId of a customer-managed key", $"database '{instance.Name}' is not encrypted with a customer-managed key");
            }
        }
    }
}
