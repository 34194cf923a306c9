using System.Collections.Immutable;
using System.Globalization;

namespace MlPlatform.Scheduler.Configuration;

/// <summary>
/// The <c>Scheduler</c> section as environment variables (<c>Scheduler__Teams__0__Name</c>), which ASP.NET Core
/// configuration reads without any file or content-root assumption: the stack writes a ConfigMap with
/// <see cref="Write"/> and the pod takes it with <c>envFrom</c>. Secrets are never written; the pod maps them from
/// Secrets to <see cref="AdminTokenKey"/>, <see cref="TeamTokenKey"/> and <see cref="PostgresConnectionStringKey"/>.
/// </summary>
public static class SchedulerEnvironment
{
    private const string Separator = "__";

    public const string AdminTokenKey = SchedulerOptions.SectionName + Separator + nameof(SchedulerOptions.AdminToken);

    public const string InstanceIdKey = SchedulerOptions.SectionName + Separator + nameof(SchedulerOptions.InstanceId);

    public const string PostgresConnectionStringKey =
        SchedulerOptions.SectionName + Separator + nameof(SchedulerOptions.Store) + Separator + nameof(StoreOptions.PostgresConnectionString);

    /// <summary>The settings <see cref="Write"/> leaves out: secrets, and the replica's own name (from the pod's).</summary>
    public static ImmutableArray<string> NotWritten { get; } =
        [AdminTokenKey, InstanceIdKey, PostgresConnectionStringKey, Key(nameof(SchedulerOptions.Teams), "*", nameof(TeamOptions.Token))];

    /// <summary>The key of team <paramref name="index"/>'s bearer token.</summary>
    public static string TeamTokenKey(int index) => Key(nameof(SchedulerOptions.Teams), index, nameof(TeamOptions.Token));

    /// <summary>Every setting of <paramref name="options"/> except <see cref="NotWritten"/>; null settings are left unset.</summary>
    public static ImmutableSortedDictionary<string, string> Write(SchedulerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var data = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        void Set(object? value, params object[] path)
        {
            if (value is not null)
            {
                data[Key(path)] = Text(value);
            }
        }

        Set(options.CycleInterval, nameof(SchedulerOptions.CycleInterval));
        Set(options.RequireStrongTokens, nameof(SchedulerOptions.RequireStrongTokens));
        Set(options.PricingDirectory, nameof(SchedulerOptions.PricingDirectory));
        Set(options.LeaseDuration, nameof(SchedulerOptions.LeaseDuration));
        Set(options.LeaseRenewInterval, nameof(SchedulerOptions.LeaseRenewInterval));

        const string store = nameof(SchedulerOptions.Store);
        Set(options.Store.Provider, store, nameof(StoreOptions.Provider));
        Set(options.Store.SqlitePath, store, nameof(StoreOptions.SqlitePath));
        Set(options.Store.PostgresSchema, store, nameof(StoreOptions.PostgresSchema));

        const string executor = nameof(SchedulerOptions.Executor);
        Set(options.Executor.Kind, executor, nameof(ExecutorOptions.Kind));
        Set(options.Executor.WorkDirectory, executor, nameof(ExecutorOptions.WorkDirectory));
        Set(options.Executor.RunRetention, executor, nameof(ExecutorOptions.RunRetention));
        Set(options.Executor.Namespace, executor, nameof(ExecutorOptions.Namespace));
        Set(options.Executor.ServiceAccount, executor, nameof(ExecutorOptions.ServiceAccount));

        const string policy = nameof(SchedulerOptions.Policy);
        Set(options.Policy.CapacityStrategy, policy, nameof(PolicyOptions.CapacityStrategy));
        Set(options.Policy.QueueAgeThreshold, policy, nameof(PolicyOptions.QueueAgeThreshold));
        Set(options.Policy.DeadlineSlack, policy, nameof(PolicyOptions.DeadlineSlack));
        Set(options.Policy.Backfill, policy, nameof(PolicyOptions.Backfill));
        Set(options.Policy.MaxApplicationAttempts, policy, nameof(PolicyOptions.MaxApplicationAttempts));
        Set(options.Policy.MaxInfrastructureRetries, policy, nameof(PolicyOptions.MaxInfrastructureRetries));
        Set(options.Policy.RetryBackoff, policy, nameof(PolicyOptions.RetryBackoff));
        Set(options.Policy.MaxRetryBackoff, policy, nameof(PolicyOptions.MaxRetryBackoff));

        const string pools = nameof(SchedulerOptions.Pools);
        foreach (var (pool, i) in options.Pools.Select((p, i) => (p, i)))
        {
            Set(pool.Name, pools, i, nameof(PoolOptions.Name));
            Set(pool.Cloud, pools, i, nameof(PoolOptions.Cloud));
            Set(pool.InstanceType, pools, i, nameof(PoolOptions.InstanceType));
            Set(pool.Region, pools, i, nameof(PoolOptions.Region));
            Set(pool.Capacity, pools, i, nameof(PoolOptions.Capacity));
            Set(pool.Nodes, pools, i, nameof(PoolOptions.Nodes));
            Set(pool.AllowsSharing, pools, i, nameof(PoolOptions.AllowsSharing));
        }

        const string teams = nameof(SchedulerOptions.Teams);
        foreach (var (team, i) in options.Teams.Select((t, i) => (t, i)))
        {
            Set(team.Name, teams, i, nameof(TeamOptions.Name));
            Set(team.GpuQuota, teams, i, nameof(TeamOptions.GpuQuota));
            // Unset means no team budget; "0" would be a cap that holds every job.
            Set(team.MonthlyBudgetUsd, teams, i, nameof(TeamOptions.MonthlyBudgetUsd));
            Set(team.Weight, teams, i, nameof(TeamOptions.Weight));
            Set(team.CanBorrow, teams, i, nameof(TeamOptions.CanBorrow));
            Set(team.Namespace, teams, i, nameof(TeamOptions.Namespace));
        }

        const string queues = nameof(SchedulerOptions.Queues);
        foreach (var (queue, i) in options.Queues.Select((q, i) => (q, i)))
        {
            Set(queue.Name, queues, i, nameof(QueueOptions.Name));
            Set(queue.Priority, queues, i, nameof(QueueOptions.Priority));
        }

        return data.ToImmutable();
    }

    /// <summary>The configuration path of an environment key (<c>Scheduler:Teams:0:Name</c>).</summary>
    public static string ConfigurationPath(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Replace(Separator, ":", StringComparison.Ordinal);
    }

    private static string Key(params object[] path) =>
        string.Join(Separator, path.Select(Text).Prepend(SchedulerOptions.SectionName));

    private static string Text(object value) => value switch
    {
        bool b => b ? "true" : "false",
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
