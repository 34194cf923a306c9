namespace MlPlatform.Policies;

/// <summary>
/// Storage is encrypted at rest with an explicit configuration: S3 buckets have a server-side encryption configuration
/// (inline or as its own resource); launch templates encrypt their EBS volumes; Azure storage accounts do not disable
/// blob encryption.
/// </summary>
public sealed class StorageEncryptedRule : IPolicyRule
{
    public string Id => RuleIds.StorageEncrypted;

    public string Description => "Buckets, node volumes and storage accounts are encrypted at rest.";

    public RuleScope Scope => RuleScope.Stack;

    public IReadOnlyList<string> ConfigKeys => [];

    public EnforcementLevel DefaultEnforcement(PolicyContext context) => EnforcementLevel.Mandatory;

    public IEnumerable<PolicyViolation> Evaluate(PolicyInput input, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        foreach (var bucket in input.OfTypes(ResourceTypes.S3Bucket, ResourceTypes.S3BucketV2))
        {
            // Exports carry the provider-reported configuration (S3 encrypts new buckets with AES256 by default) in outputs.
            var inline = bucket.InputOrOutput("serverSideEncryptionConfiguration", "rule", "applyServerSideEncryptionByDefault", "sseAlgorithm");
            if (inline is not null)
            {
                continue;
            }

            var configs = BucketLinks.For(bucket, input, ResourceTypes.S3Encryption, ResourceTypes.S3EncryptionV2).ToList();
            var algorithms = configs.SelectMany(c => Values.AsList(c.Input("rules")) ?? [])
                .Select(r => Values.Get(r, "applyServerSideEncryptionByDefault", "sseAlgorithm"))
                .Where(a => a is not null)
                .ToList();
            if (algorithms.Count == 0 && !configs.Any(c => Values.IsUnknown(c.Input("rules"))))
            {
                yield return new PolicyViolation(Id, bucket.Urn, "no server-side encryption configuration", "sseAlgorithm aws:kms or AES256", $"bucket '{bucket.Name}' has no server-side encryption configuration");
            }
        }

        foreach (var template in input.OfType(ResourceTypes.LaunchTemplate))
        {
            foreach (var mapping in Values.AsList(template.Input("blockDeviceMappings")) ?? [])
            {
                var ebs = Values.Get(mapping, "ebs");
                if (ebs is null || Values.IsUnknown(ebs) || Values.IsUnknown(Values.Get(ebs, "encrypted")))
                {
                    continue;
                }

                if (Values.AsBool(Values.Get(ebs, "encrypted")) != true)
                {
                    var device = Values.AsString(Values.Get(mapping, "deviceName")) ?? "(device)";
                    yield return new PolicyViolation(Id, template.Urn, $"{device} encrypted {Values.AsString(Values.Get(ebs, "encrypted")) ?? "unset"}", "encrypted true", $"launch template '{template.Name}' does not encrypt EBS volume {device}");
                }
            }
        }

        foreach (var account in input.OfType(ResourceTypes.StorageAccount))
        {
            if (Values.AsBool(account.Input("encryption", "services", "blob", "enabled")) == false)
            {
                yield return new PolicyViolation(Id, account.Urn, "blob encryption disabled", "blob encryption enabled", $"storage account '{account.Name}' disables blob encryption");
            }
        }
    }
}
