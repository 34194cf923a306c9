namespace MlPlatform.Policies;

/// <summary>The ids of the platform's rules, as config (<c>mlplatform:policy.enforcement</c>) and reports name them.</summary>
public static class RuleIds
{
    public const string MaxGpusPerPool = "quota-max-gpus-per-pool";
    public const string MaxGpusPerEnvironment = "quota-max-gpus-per-environment";
    public const string AllowedInstanceTypes = "quota-allowed-instance-types";
    public const string MinSpotShare = "quota-min-spot-share";
    public const string MaxSpotShareLatencyCritical = "quota-max-spot-share-latency-critical";
    public const string TeamQuotasFitCapacity = "quota-team-gpu-quotas-fit-capacity";
    public const string StackMonthlyCap = "cost-stack-monthly-cap";
    public const string PoolMonthlyCap = "cost-pool-monthly-cap";
    public const string TeamMonthlyCap = "cost-team-monthly-cap";
    public const string BudgetCoversEstimate = "cost-budget-covers-estimate";
    public const string BudgetAlerts = "cost-budget-alerts";
    public const string SpotPoolHasOnDemandFallback = "cost-spot-pool-has-on-demand-fallback";
    public const string StoragePrivate = "security-storage-private";
    public const string StorageEncrypted = "security-storage-encrypted";
    public const string StorageTlsOnly = "security-storage-tls-only";
    public const string RegistryImmutableTags = "security-registry-immutable-tags";
    public const string RegistryScanning = "security-registry-scanning";
    public const string Imdsv2Required = "security-imdsv2-required";
    public const string NoPublicClusterEndpoint = "security-no-public-cluster-endpoint";
    public const string NoPublicNetworkAccess = "security-no-public-network-access";
    public const string ImagesByDigest = "security-images-by-digest";
    public const string NoPlainSecretOutputs = "security-no-plain-secret-outputs";
    public const string DatabaseEncrypted = "security-database-encrypted";
    public const string DatabaseNotPublic = "security-database-not-public";
    public const string DatabaseBackupRetention = "resilience-database-backup-retention";
    public const string DatabaseDeletionProtection = "resilience-database-deletion-protection";
    public const string UnverifiableCapacity = "policy-unverifiable-capacity";
}
