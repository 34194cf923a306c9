using System.Collections.Immutable;
using MlPlatform.Scheduler.Configuration;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// The scheduler's ConfigMap: its <c>Scheduler</c> configuration section as environment-style keys
/// (<c>Scheduler__Teams__0__Name</c>), which ASP.NET Core configuration reads from the environment without any file or
/// content-root assumptions (the pod takes the ConfigMap with <c>envFrom</c>). Secrets (team and admin tokens, the
/// PostgreSQL connection string) are not here; the pod maps them from Secrets to the matching keys.
/// </summary>
public static class SchedulerConfigMap
{
    /// <summary>Where the SQLite database lives on the state volume.</summary>
    public const string SqliteDirectory = "/var/lib/scheduler";

    public static IReadOnlyList<SpecError> Validate(SchedulerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<SpecError>();
        if (settings.Teams.IsDefaultOrEmpty)
        {
            errors.Add(new SpecError("scheduler.teams", "must list at least one team"));
        }
        else
        {
            foreach (var duplicate in settings.Teams.GroupBy(t => t.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                errors.Add(new SpecError("scheduler.teams", $"team '{duplicate.Key}' is listed twice"));
            }

            foreach (var (team, i) in settings.Teams.Select((t, i) => (t, i)))
            {
                if (string.IsNullOrWhiteSpace(team.Name))
                {
                    errors.Add(new SpecError($"scheduler.teams[{i}].name", "is required"));
                }

                if (team.GpuQuota < 0)
                {
                    errors.Add(new SpecError($"scheduler.teams[{i}].gpuQuota", $"must be >= 0 (got {team.GpuQuota})"));
                }

                if (team.MonthlyBudgetUsd < 0)
                {
                    errors.Add(new SpecError($"scheduler.teams[{i}].monthlyBudgetUsd", $"must be >= 0 (got {team.MonthlyBudgetUsd})"));
                }
            }
        }

        if (settings.Pools.IsDefaultOrEmpty)
        {
            errors.Add(new SpecError("scheduler.pools", "must list at least one pool"));
        }
        else
        {
            errors.AddRange(settings.Pools.Select((p, i) => (p, i)).Where(p => string.IsNullOrWhiteSpace(p.p.Name)).Select(p => new SpecError($"scheduler.pools[{p.i}].name", "is required")));
        }

        if (settings.Queues.IsDefaultOrEmpty)
        {
            errors.Add(new SpecError("scheduler.queues", "must list at least one queue"));
        }
        else
        {
            errors.AddRange(settings.Queues.Select((q, i) => (q, i)).Where(q => string.IsNullOrWhiteSpace(q.q.Name)).Select(q => new SpecError($"scheduler.queues[{q.i}].name", "is required")));
        }

        if (settings.StateStore is not (StoreOptions.Sqlite or StoreOptions.Postgres))
        {
            errors.Add(new SpecError("scheduler.stateStore", $"must be 'sqlite' or 'postgres' (got '{settings.StateStore}')"));
        }

        if (settings.QueueAgeThreshold < TimeSpan.Zero)
        {
            errors.Add(new SpecError("scheduler.queueAgeFallbackMinutes", "must not be negative"));
        }

        return errors;
    }

    /// <summary>
    /// The scheduler's options as the stack runs it: Kubernetes executor, strong tokens only, the state store's settings,
    /// runs in the team namespaces as their training identity. Secrets are left for the pod to map from Secrets.
    /// </summary>
    public static SchedulerOptions Options(SchedulerSettings settings)
    {
        InvalidSpecException.ThrowIfAny(Validate(settings));
        var sqlite = settings.StateStore == StoreOptions.Sqlite;
        return new SchedulerOptions
        {
            RequireStrongTokens = true,
            Store = new StoreOptions { Provider = settings.StateStore, SqlitePath = sqlite ? $"{SqliteDirectory}/scheduler.db" : null },
            Executor = new ExecutorOptions
            {
                Kind = ExecutorOptions.Kubernetes,
                Namespace = settings.JobsNamespace,
                // Runs go to their team's namespace as its training identity (model-store writer), like the team's own
                // workloads; that account exists in team namespaces only, so a team without one keeps the default account.
                ServiceAccount = settings.Teams.All(t => t.Namespace is not null) ? PlatformServiceAccounts.TrainerName : null,
            },
            Policy = new PolicyOptions { CapacityStrategy = settings.CapacityStrategy, QueueAgeThreshold = settings.QueueAgeThreshold },
            Pools = [.. settings.Pools],
            Teams = [.. settings.Teams.Select(t => t with { Token = null })],
            Queues = [.. settings.Queues],
        };
    }

    /// <summary>The ConfigMap's data: <see cref="Options"/> as the scheduler reads them from its environment.</summary>
    public static ImmutableDictionary<string, string> Data(SchedulerSettings settings) =>
        SchedulerEnvironment.Write(Options(settings)).ToImmutableDictionary(StringComparer.Ordinal);
}
