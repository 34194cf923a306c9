using System.Collections.Immutable;
using MlPlatform.Components;
using MlPlatform.Infra.Kubernetes;

namespace MlPlatform.Infra;

/// <summary>
/// The Kubernetes service accounts each of the platform's workload identities is bound to, the same on every cloud: the
/// cloud platform binds them (EKS Pod Identity associations on AWS, federated credentials on Azure) and returns the
/// identities as <see cref="WorkloadIdentities"/>; the Kubernetes layer annotates the same accounts (<c>CloudIdentity</c>).
/// </summary>
/// <param name="Scheduler">The scheduler's account.</param>
/// <param name="ModelReaders">Serving: the platform's and every team's <c>inference</c> account.</param>
/// <param name="ModelWriters">Training: every team's <c>trainer</c> account (the platform's when there are no teams).</param>
/// <param name="DatasetReader">The dataset warmer's account.</param>
/// <param name="Teams">Each team's <c>workload</c> account, by team name.</param>
public sealed record WorkloadAccounts(
    ServiceAccountRef Scheduler,
    ImmutableArray<ServiceAccountRef> ModelReaders,
    ImmutableArray<ServiceAccountRef> ModelWriters,
    ServiceAccountRef DatasetReader,
    ImmutableSortedDictionary<string, ServiceAccountRef> Teams)
{
    /// <summary>The accounts of a platform with <paramref name="teams"/>.</summary>
    public static WorkloadAccounts For(IEnumerable<string> teams)
    {
        ArgumentNullException.ThrowIfNull(teams);
        var names = teams.ToImmutableArray();
        var namespaces = names.Select(PlatformServiceAccounts.TeamNamespace).ToImmutableArray();
        return new WorkloadAccounts(
            PlatformServiceAccounts.Scheduler,
            [
                new(PlatformServiceAccounts.PlatformNamespace, PlatformServiceAccounts.InferenceName),
                .. namespaces.Select(ns => new ServiceAccountRef(ns, PlatformServiceAccounts.InferenceName)),
            ],
            namespaces.IsEmpty
                ? [new(PlatformServiceAccounts.PlatformNamespace, PlatformServiceAccounts.TrainerName)]
                : [.. namespaces.Select(ns => new ServiceAccountRef(ns, PlatformServiceAccounts.TrainerName))],
            PlatformServiceAccounts.DatasetWarmer,
            names.ToImmutableSortedDictionary(
                t => t,
                t => new ServiceAccountRef(PlatformServiceAccounts.TeamNamespace(t), PlatformServiceAccounts.TeamWorkloadName),
                StringComparer.Ordinal));
    }
}
