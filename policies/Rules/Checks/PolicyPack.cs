using System.Collections.Immutable;

namespace MlPlatform.Policies;

/// <summary>The platform's rules, in report order: quotas, cost caps, security hygiene.</summary>
public static class PolicyPack
{
    public static ImmutableArray<IPolicyRule> All { get; } =
    [
        new UnverifiableCapacityRule(),
        new MaxGpusPerPoolRule(),
        new MaxGpusPerEnvironmentRule(),
        new AllowedInstanceTypesRule(),
        new MinSpotShareRule(),
        new MaxSpotShareLatencyCriticalRule(),
        new TeamQuotasFitCapacityRule(),
        new StackMonthlyCapRule(),
        new PoolMonthlyCapRule(),
        new TeamMonthlyCapRule(),
        new BudgetCoversEstimateRule(),
        new BudgetAlertsRule(),
        new SpotPoolHasOnDemandFallbackRule(),
        new StoragePrivateRule(),
        new StorageEncryptedRule(),
        new StorageTlsOnlyRule(),
        new RegistryImmutableTagsRule(),
        new RegistryScanningRule(),
        new Imdsv2RequiredRule(),
        new NoPublicClusterEndpointRule(),
        new NoPublicNetworkAccessRule(),
        new ImagesByDigestRule(),
        new NoPlainSecretOutputsRule(),
        new DatabaseEncryptedRule(),
        new DatabaseNotPublicRule(),
        new DatabaseBackupRetentionRule(),
        new DatabaseDeletionProtectionRule(),
    ];
}
