using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using MlPlatform.CostModel;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Configuration;

/// <summary>
/// Validates the whole <c>Scheduler</c> section at start-up and reports every problem with its configuration key,
/// never only the first (YARP style: one check per concern, all appending to one list).
/// </summary>
public sealed partial class SchedulerOptionsValidator(PriceCatalog catalog) : IValidateOptions<SchedulerOptions>
{
    private const string DevTokenPrefix = "dev-";

    public ValidateOptionsResult Validate(string? name, SchedulerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        ValidateGeneral(options, errors);
        ValidateStore(options.Store, errors);
        ValidateExecutor(options.Executor, errors);
        ValidatePolicy(options.Policy, errors);
        ValidatePools(options.Pools, errors);
        ValidateTeams(options, errors);
        ValidateQueues(options.Queues, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static string Key(params object[] parts) =>
        string.Join(':', new object[] { SchedulerOptions.SectionName }.Concat(parts).Select(p => Convert.ToString(p, CultureInfo.InvariantCulture)));

    private static void ValidateGeneral(SchedulerOptions options, List<string> errors)
    {
        if (options.CycleInterval < TimeSpan.FromMilliseconds(50) || options.CycleInterval > TimeSpan.FromMinutes(10))
        {
            errors.Add($"{Key("CycleInterval")} must be between 00:00:00.050 and 00:10:00 (got {options.CycleInterval}).");
        }

        ValidateToken(options.AdminToken, Key("AdminToken"), options.RequireStrongTokens, errors);
        if (options.LeaseRenewInterval < TimeSpan.FromMilliseconds(100) || options.LeaseRenewInterval > TimeSpan.FromMinutes(1))
        {
            errors.Add($"{Key("LeaseRenewInterval")} must be between 00:00:00.100 and 00:01:00 (got {options.LeaseRenewInterval}).");
        }

        // Three renewals per lease: one lost round trip must not cost the lead.
        if (options.LeaseDuration < options.LeaseRenewInterval * 3 || options.LeaseDuration > TimeSpan.FromMinutes(5))
        {
            errors.Add($"{Key("LeaseDuration")} must be at least 3 × LeaseRenewInterval ({options.LeaseRenewInterval * 3}) and at most 00:05:00 (got {options.LeaseDuration}).");
        }

        if (options.InstanceId is { } instance && (instance.Length is 0 or > 200 || instance.Any(char.IsControl)))
        {
            errors.Add($"{Key("InstanceId")} must be 1 to 200 printable characters (got {instance.Length}).");
        }
    }

    private static void ValidateToken(string? token, string key, bool strong, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            errors.Add($"{key} is required (a bearer token of at least 16 characters, supplied from a secret).");
        }
        else if (token.Length < 16)
        {
            errors.Add($"{key} must be at least 16 characters long.");
        }
        else if (strong && token.StartsWith(DevTokenPrefix, StringComparison.Ordinal))
        {
            errors.Add($"{key} is a development token ('{DevTokenPrefix}…'); supply a real secret when RequireStrongTokens is true.");
        }
    }

    private static void ValidateStore(StoreOptions store, List<string> errors)
    {
        switch (store.Provider)
        {
            case StoreOptions.Sqlite:
                break;
            case StoreOptions.Postgres:
                if (string.IsNullOrWhiteSpace(store.PostgresConnectionString))
                {
                    errors.Add($"{Key("Store", "PostgresConnectionString")} is required when {Key("Store", "Provider")} is 'postgres'.");
                }

                break;
            default:
                errors.Add($"{Key("Store", "Provider")} must be 'sqlite' or 'postgres' (got '{store.Provider}').");
                break;
        }
    }

    private static void ValidateExecutor(ExecutorOptions executor, List<string> errors)
    {
        if (executor.Kind is not (ExecutorOptions.Local or ExecutorOptions.Kubernetes))
        {
            errors.Add($"{Key("Executor", "Kind")} must be 'local' or 'kubernetes' (got '{executor.Kind}').");
        }

        if (executor.RunRetention < TimeSpan.FromMinutes(1) || executor.RunRetention > TimeSpan.FromDays(365))
        {
            errors.Add($"{Key("Executor", "RunRetention")} must be between 00:01:00 and 365.00:00:00 (got {executor.RunRetention}).");
        }

        if (executor.Kind == ExecutorOptions.Kubernetes && string.IsNullOrWhiteSpace(executor.Namespace))
        {
            errors.Add($"{Key("Executor", "Namespace")} is required for the kubernetes executor.");
        }
    }

    private static void ValidatePolicy(PolicyOptions policy, List<string> errors)
    {
        if (!CapacityStrategies.Names.Contains(policy.CapacityStrategy))
        {
            errors.Add($"{Key("Policy", "CapacityStrategy")} must be one of {string.Join(", ", CapacityStrategies.Names)} (got '{policy.CapacityStrategy}').");
        }

        if (policy.QueueAgeThreshold < TimeSpan.Zero)
        {
            errors.Add($"{Key("Policy", "QueueAgeThreshold")} must not be negative.");
        }

        if (policy.DeadlineSlack is < 0 or > 10)
        {
            errors.Add($"{Key("Policy", "DeadlineSlack")} must be between 0 and 10 (got {policy.DeadlineSlack}).");
        }

        if (policy.MaxApplicationAttempts < 1)
        {
            errors.Add($"{Key("Policy", "MaxApplicationAttempts")} must be at least 1.");
        }

        if (policy.MaxInfrastructureRetries < 0)
        {
            errors.Add($"{Key("Policy", "MaxInfrastructureRetries")} must not be negative.");
        }

        if (policy.RetryBackoff <= TimeSpan.Zero || policy.MaxRetryBackoff < policy.RetryBackoff)
        {
            errors.Add($"{Key("Policy", "RetryBackoff")} must be positive and no more than {Key("Policy", "MaxRetryBackoff")}.");
        }
    }

    private void ValidatePools(List<PoolOptions> pools, List<string> errors)
    {
        if (pools.Count == 0)
        {
            errors.Add($"{Key("Pools")} must list at least one pool.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < pools.Count; i++)
        {
            var pool = pools[i];
            if (string.IsNullOrWhiteSpace(pool.Name))
            {
                errors.Add($"{Key("Pools", i, "Name")} is required.");
            }
            else if (!names.Add(pool.Name))
            {
                errors.Add($"{Key("Pools", i, "Name")} '{pool.Name}' is used by more than one pool.");
            }

            if (pool.Nodes < 0 || pool.Nodes > 100_000)
            {
                errors.Add($"{Key("Pools", i, "Nodes")} must be between 0 and 100000 (got {pool.Nodes}).");
            }

            if (pool.Capacity is not ("spot" or "on-demand"))
            {
                errors.Add($"{Key("Pools", i, "Capacity")} must be 'spot' or 'on-demand' (got '{pool.Capacity}').");
            }

            if (!TryCloud(pool.Cloud, out var cloud))
            {
                errors.Add($"{Key("Pools", i, "Cloud")} must be 'aws' or 'azure' (got '{pool.Cloud}').");
                continue;
            }

            if (string.IsNullOrWhiteSpace(pool.InstanceType) || string.IsNullOrWhiteSpace(pool.Region))
            {
                errors.Add($"{Key("Pools", i)} needs InstanceType and Region.");
                continue;
            }

            var offering = catalog.Find(cloud, pool.InstanceType, pool.Region);
            if (offering is null)
            {
                errors.Add($"{Key("Pools", i, "InstanceType")} '{pool.InstanceType}' in '{pool.Region}' is not in the price tables.");
            }
            else if (offering.GpuCount <= 0)
            {
                errors.Add($"{Key("Pools", i, "InstanceType")} '{pool.InstanceType}' has no GPUs.");
            }
        }
    }

    private static void ValidateTeams(SchedulerOptions options, List<string> errors)
    {
        if (options.Teams.Count == 0)
        {
            errors.Add($"{Key("Teams")} must list at least one team.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        if (options.AdminToken is { } admin)
        {
            tokens.Add(admin);
        }

        for (var i = 0; i < options.Teams.Count; i++)
        {
            var team = options.Teams[i];
            if (string.IsNullOrWhiteSpace(team.Name))
            {
                errors.Add($"{Key("Teams", i, "Name")} is required.");
            }
            else if (!names.Add(team.Name))
            {
                errors.Add($"{Key("Teams", i, "Name")} '{team.Name}' is used by more than one team.");
            }

            ValidateToken(team.Token, Key("Teams", i, "Token"), options.RequireStrongTokens, errors);
            if (team.Token is { } token && !tokens.Add(token))
            {
                errors.Add($"{Key("Teams", i, "Token")} is the same as another team's or the admin's token.");
            }

            if (team.GpuQuota < 0)
            {
                errors.Add($"{Key("Teams", i, "GpuQuota")} must not be negative (got {team.GpuQuota}).");
            }

            if (team.MonthlyBudgetUsd is < 0)
            {
                errors.Add($"{Key("Teams", i, "MonthlyBudgetUsd")} must not be negative (got {team.MonthlyBudgetUsd}).");
            }

            if (team.Weight <= 0 || double.IsNaN(team.Weight))
            {
                errors.Add($"{Key("Teams", i, "Weight")} must be positive (got {team.Weight}).");
            }

            if (team.Namespace is { } ns && !IsDnsLabel(ns))
            {
                errors.Add($"{Key("Teams", i, "Namespace")} must be a Kubernetes namespace name: 1-63 lower-case letters, digits or '-', starting and ending with a letter or digit (got '{ns}').");
            }
        }
    }

    private static void ValidateQueues(List<QueueOptions> queues, List<string> errors)
    {
        if (queues.Count == 0)
        {
            errors.Add($"{Key("Queues")} must list at least one queue.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < queues.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(queues[i].Name))
            {
                errors.Add($"{Key("Queues", i, "Name")} is required.");
            }
            else if (!names.Add(queues[i].Name!))
            {
                errors.Add($"{Key("Queues", i, "Name")} '{queues[i].Name}' is used by more than one queue.");
            }
        }
    }

    internal static bool TryCloud(string value, out Cloud cloud)
    {
        switch (value.ToLowerInvariant())
        {
            case "aws":
                cloud = Cloud.Aws;
                return true;
            case "azure":
                cloud = Cloud.Azure;
                return true;
            default:
                cloud = default;
                return false;
        }
    }

    private static bool IsDnsLabel(string value) => value.Length <= 63 && DnsLabel().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$")]
    private static partial Regex DnsLabel();
}
