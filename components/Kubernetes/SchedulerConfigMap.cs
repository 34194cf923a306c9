using System.Collections.Immutable;
using System.Globalization;

namespace MlPlatform.Components.Kubernetes;

/// <summary>
/// The scheduler's ConfigMap: its <c>Scheduler</c> configuration section as environment-style keys
/// (<c>Scheduler__Teams__0__Name</c>), which ASP.NET Core configuration reads from the environment without any file or
/// content-root assumptions (the pod takes the ConfigMap with <c>envFrom</c>). Secrets (team and admin tokens, the
/// PostgreSQL connection string) are not here; the pod maps them from Secrets to the matching keys.
/// </summary>
public static class SchedulerConfigMap
{
    public const string Section = "Scheduler";

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

        if (settings.Queues.IsDefaultOrEmpty)
        {
            errors.Add(new SpecError("scheduler.queues", "must list at least one queue"));
        }

        if (settings.StateStore is not (SchedulerSettings.Sqlite or SchedulerSettings.Postgres))
        {
            errors.Add(new SpecError("scheduler.stateStore", $"must be 'sqlite' or 'postgres' (got '{settings.StateStore}')"));
        }

        if (settings.QueueAgeThreshold < TimeSpan.Zero)
        {
            errors.Add(new SpecError("scheduler.queueAgeFallbackMinutes", "must not be negative"));
        }

        return errors;
    }

    /// <summary>The ConfigMap's data.</summary>
    public static ImmutableDictionary<string, string> Data(SchedulerSettings settings)
    {
        InvalidSpecException.ThrowIfAny(Validate(settings));
        var data = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        void Set(string value, params object[] key) => data[string.Join("__", new object[] { Section }.Concat(key).Select(Text))] = value;
        Set("true", "RequireStrongTokens");
        Set(settings.StateStore, "Store", "Provider");
        if (settings.StateStore == SchedulerSettings.Sqlite)
        {
            Set($"{SqliteDirectory}/scheduler.db", "Store", "SqlitePath");
        }

        Set("kubernetes", "Executor", "Kind");
        Set(settings.JobsNamespace, "Executor", "Namespace");
        if (settings.Teams.All(t => t.Namespace is not null))
        {
            // Runs go to their team's namespace as its training identity (model-store writer), like the team's own
            // workloads; that account exists in team namespaces only, so a team without one keeps the default account.
            Set(PlatformServiceAccounts.TrainerName, "Executor", "ServiceAccount");
        }
        Set(settings.CapacityStrategy, "Policy", "CapacityStrategy");
        Set(settings.QueueAgeThreshold.ToString("c", CultureInfo.InvariantCulture), "Policy", "QueueAgeThreshold");
        foreach (var (pool, i) in settings.Pools.Select((p, i) => (p, i)))
        {
            Set(pool.Name, "Pools", i, "Name");
            Set(pool.CloudName, "Pools", i, "Cloud");
            Set(pool.InstanceType, "Pools", i, "InstanceType");
            Set(pool.Region, "Pools", i, "Region");
            Set(pool.Capacity, "Pools", i, "Capacity");
            Set(Text(pool.Nodes), "Pools", i, "Nodes");
            Set(pool.AllowsSharing ? "true" : "false", "Pools", i, "AllowsSharing");
        }

        foreach (var (team, i) in settings.Teams.Select((t, i) => (t, i)))
        {
            Set(team.Name, "Teams", i, "Name");
            Set(Text(team.GpuQuota), "Teams", i, "GpuQuota");
            if (team.MonthlyBudgetUsd is { } budget)
            {
                // No key means no team budget in the scheduler; "0" would be a cap that holds every job.
                Set(Text(budget), "Teams", i, "MonthlyBudgetUsd");
            }

            Set(Text(team.Weight), "Teams", i, "Weight");
            Set(team.CanBorrow ? "true" : "false", "Teams", i, "CanBorrow");
            if (team.Namespace is { } ns)
            {
                Set(ns, "Teams", i, "Namespace");
            }
        }

        foreach (var (queue, i) in settings.Queues.Select((q, i) => (q, i)))
        {
            Set(queue.Name, "Queues", i, "Name");
            Set(Text(queue.Priority), "Queues", i, "Priority");
        }

        return data.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>The environment key of team <paramref name="index"/>'s token, filled from the tokens Secret.</summary>
    public static string TeamTokenKey(int index) => $"{Section}__Teams__{Text(index)}__Token";

    public const string AdminTokenKey = Section + "__AdminToken";

    public const string PostgresConnectionStringKey = Section + "__Store__PostgresConnectionString";

    private static string Text(object value) => Convert.ToString(value, CultureInfo.InvariantCulture)!;
}
