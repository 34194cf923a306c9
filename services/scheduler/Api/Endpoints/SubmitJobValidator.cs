using System.Text.RegularExpressions;
using MlPlatform.Scheduler.Core;

namespace MlPlatform.Scheduler.Api.Endpoints;

/// <summary>Checks a submit request field by field; every problem is reported under its JSON field name.</summary>
internal static partial class SubmitJobValidator
{
    /// <summary>Arguments of a job's command at most.</summary>
    public const int MaxCommandArguments = 1024;

    /// <summary>Bytes of a job's whole command (UTF-8) at most.</summary>
    public const int MaxCommandBytes = 64 * 1024;

    /// <summary>Bytes of one argument at most.</summary>
    public const int MaxArgumentBytes = 32 * 1024;

    /// <summary>Characters of an image reference at most.</summary>
    public const int MaxImageLength = 512;

    /// <summary>Variables of a job's environment at most.</summary>
    public const int MaxEnvironmentVariables = 128;

    /// <summary>Bytes of one variable's name at most.</summary>
    public const int MaxEnvironmentNameBytes = 256;

    /// <summary>Bytes of one variable's value at most.</summary>
    public const int MaxEnvironmentValueBytes = 32 * 1024;

    /// <summary>Bytes of the whole environment (names and values, UTF-8) at most.</summary>
    public const int MaxEnvironmentBytes = 64 * 1024;

    public static (JobSpec? Spec, Dictionary<string, string[]> Errors) Validate(
        SubmitJobRequest request, string team, string? idempotencyHeader, SchedulerConfiguration configuration, DateTimeOffset now)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Error(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        if (!configuration.TeamsByName.ContainsKey(team))
        {
            Error("team", $"team '{team}' is not configured");
        }

        if (string.IsNullOrWhiteSpace(request.Queue))
        {
            Error("queue", "is required");
        }
        else if (!configuration.QueuesByName.ContainsKey(request.Queue))
        {
            Error("queue", $"queue '{request.Queue}' does not exist; known: {string.Join(", ", configuration.QueuesByName.Keys)}");
        }

        if (request.Priority is < -1000 or > 1000)
        {
            Error("priority", "must be between -1000 and 1000");
        }

        switch (request.Gpus)
        {
            case null:
                Error("gpus", "is required (use 0 for a CPU-only job)");
                break;
            case < 0 or > 64:
                Error("gpus", "must be between 0 and 64");
                break;
            case > 1 when request.Gpus != decimal.Truncate(request.Gpus.Value):
                Error("gpus", "fractions are allowed only below 1 GPU (a share of one GPU)");
                break;
            case var g when g * 1000 != decimal.Truncate(g.Value * 1000):
                Error("gpus", "has more than three decimals");
                break;
        }

        if (request.GpuType is { } type && (type.Length == 0 || type.Length > 64))
        {
            Error("gpuType", "must be a GPU model name such as A10G or H100");
        }

        if (request.MinGpuMemoryGiB is <= 0 or > 1024)
        {
            Error("minGpuMemoryGiB", "must be between 0 and 1024");
        }

        if (request.Cpu is null)
        {
            Error("cpu", "is required (cores, fractions allowed)");
        }
        else if (request.Cpu is <= 0 or > 1024)
        {
            Error("cpu", "must be more than 0 and at most 1024 cores");
        }

        if (request.MemoryGiB is null)
        {
            Error("memoryGiB", "is required");
        }
        else if (request.MemoryGiB is <= 0 or > 16384)
        {
            Error("memoryGiB", "must be more than 0 and at most 16384");
        }

        if (string.IsNullOrWhiteSpace(request.Image))
        {
            Error("image", "is required");
        }
        else if (request.Image.Length > MaxImageLength)
        {
            // A registry reference is a host, a path and a digest; more is not an image the cluster could pull.
            Error("image", $"must be at most {MaxImageLength} characters (got {request.Image.Length})");
        }
        else if (ImageReferenceGrammar.Problem(request.Image) is { } imageProblem)
        {
            Error("image", imageProblem);
        }

        if (request.Command is null || request.Command.Count == 0)
        {
            Error("command", "is required (the program and its arguments)");
        }
        else if (string.IsNullOrWhiteSpace(request.Command[0]) || request.Command.Any(a => a is null))
        {
            Error("command", "must start with a program name and contain no null arguments");
        }
        else if (request.Command.Count > MaxCommandArguments)
        {
            Error("command", $"has {request.Command.Count} arguments; at most {MaxCommandArguments} are accepted");
        }
        else if (request.Command.Sum(a => System.Text.Encoding.UTF8.GetByteCount(a)) is var bytes and > MaxCommandBytes)
        {
            // The command lands in a Pod spec (etcd objects stay under 1.5 MiB) and in execve (128 KiB per argument on
            // Linux): refuse it here, not as a run that can never start.
            Error("command", $"is {bytes} bytes in all; at most {MaxCommandBytes} are accepted (put large inputs in a file the job reads)");
        }
        else if (request.Command.FirstOrDefault(a => System.Text.Encoding.UTF8.GetByteCount(a) > MaxArgumentBytes) is { } longest)
        {
            Error("command", $"has an argument of {System.Text.Encoding.UTF8.GetByteCount(longest)} bytes; at most {MaxArgumentBytes} per argument");
        }

        if (request.ExpectedDurationSeconds is null)
        {
            Error("expectedDurationSeconds", "is required (it drives cost estimates, backfill and deadline risk)");
        }
        else if (request.ExpectedDurationSeconds is <= 0 or > 30 * 24 * 3600)
        {
            Error("expectedDurationSeconds", "must be between 1 second and 30 days");
        }

        if (request.MaxCostUsd is <= 0)
        {
            Error("maxCostUsd", "must be positive");
        }

        if (request.CheckpointPath is { Length: 0 or > 1024 })
        {
            Error("checkpointPath", "must be a non-empty path of at most 1024 characters");
        }

        if (request.GangSize is < 1 or > 256)
        {
            Error("gangSize", "must be between 1 and 256");
        }

        if (request.Deadline is { } deadline && deadline <= now)
        {
            Error("deadline", "must be in the future");
        }

        var clientKey = request.ClientKey ?? idempotencyHeader;
        if (request.ClientKey is not null && idempotencyHeader is not null && request.ClientKey != idempotencyHeader)
        {
            Error("clientKey", "differs from the Idempotency-Key header");
        }
        else if (clientKey is not null && !ClientKeyPattern().IsMatch(clientKey))
        {
            Error("clientKey", "must be 1-128 characters of letters, digits, '.', '_', ':' or '-'");
        }

        if (request.Name is { } name && !LabelValuePattern().IsMatch(name))
        {
            // The name becomes a label on the job's Kubernetes objects, so it follows the label-value syntax.
            Error("name", $"must be 1-63 characters of letters, digits, '-', '_' or '.', starting and ending with a letter or digit (got '{Truncated(name)}')");
        }

        if (request.Environment is { } environment)
        {
            ValidateEnvironment(environment, Error);
        }

        if (request.Lineage is { } lineage)
        {
            if (lineage.Dataset is { } dataset && !NamePattern().IsMatch(dataset))
            {
                Error("lineage.dataset", "must be 1-128 characters of letters, digits, '.', '_' or '-'");
            }

            if (lineage.DatasetVersion is { } version && !NamePattern().IsMatch(version))
            {
                Error("lineage.datasetVersion", "must be 1-128 characters of letters, digits, '.', '_' or '-'");
            }

            if (lineage.DatasetDigest is { } digest && !Sha256Pattern().IsMatch(digest))
            {
                Error("lineage.datasetDigest", "must be sha256:<64 lowercase hex digits> (the dataset manifest's digest)");
            }

            if (lineage.CodeCommit is { } commit && !CommitPattern().IsMatch(commit))
            {
                Error("lineage.codeCommit", "must be a git commit: 7 to 40 lowercase hex digits");
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }

        var spec = new JobSpec(
            team,
            request.Queue!,
            request.Priority ?? 0,
            request.Gpus!.Value,
            request.GpuType,
            request.MinGpuMemoryGiB,
            (long)(request.Cpu!.Value * 1000m),
            (long)(request.MemoryGiB!.Value * 1024m),
            request.Image!,
            [.. request.Command!],
            TimeSpan.FromSeconds(request.ExpectedDurationSeconds!.Value),
            request.MaxCostUsd,
            request.CheckpointPath,
            request.GangSize ?? 1,
            request.SpotEligible ?? true,
            request.Deadline,
            clientKey,
            Lineage: request.Lineage,
            Name: request.Name,
            Environment: request.Environment is { Count: > 0 } env ? new SortedDictionary<string, string>(env.ToDictionary(), StringComparer.Ordinal) : null);
        return (spec, []);
    }

    private static void ValidateEnvironment(IReadOnlyDictionary<string, string> environment, Action<string, string> error)
    {
        if (environment.Count > MaxEnvironmentVariables)
        {
            error("environment", $"has {environment.Count} variables; at most {MaxEnvironmentVariables} are accepted");
            return;
        }

        var total = 0;
        foreach (var (name, value) in environment.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            var field = $"environment.{Truncated(name)}";
            var nameBytes = System.Text.Encoding.UTF8.GetByteCount(name);
            if (nameBytes > MaxEnvironmentNameBytes || !EnvironmentNamePattern().IsMatch(name))
            {
                error(field, $"is not a variable name: letters, digits and '_', not starting with a digit, at most {MaxEnvironmentNameBytes} bytes");
            }
            else if (name.StartsWith(RunEnvironment.ReservedPrefix, StringComparison.Ordinal))
            {
                error(field, $"uses the prefix {RunEnvironment.ReservedPrefix}, which the scheduler sets itself (job id, attempt, checkpoint, lineage)");
            }

            if (value is null)
            {
                error(field, "has no value (use an empty string)");
                continue;
            }

            var valueBytes = System.Text.Encoding.UTF8.GetByteCount(value);
            if (valueBytes > MaxEnvironmentValueBytes)
            {
                error(field, $"is {valueBytes} bytes; at most {MaxEnvironmentValueBytes} per value (put large inputs in a file the job reads)");
            }
            else if (value.Contains('\0', StringComparison.Ordinal))
            {
                error(field, "contains a NUL character, which no process environment can hold");
            }

            total += nameBytes + valueBytes;
        }

        if (total > MaxEnvironmentBytes)
        {
            // Like the command, the environment lands in a Pod spec and in execve: refuse it here, not as a run that can
            // never start.
            error("environment", $"is {total} bytes in all; at most {MaxEnvironmentBytes} are accepted");
        }
    }

    // A field name that quotes user input stays readable in a problem document.
    private static string Truncated(string text) => text.Length <= 64 ? text : text[..64] + "…";

    [GeneratedRegex("^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$")]
    private static partial Regex LabelValuePattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex EnvironmentNamePattern();

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,128}$")]
    private static partial Regex ClientKeyPattern();

    [GeneratedRegex("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^sha256:[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();

    [GeneratedRegex("^[0-9a-f]{7,40}$")]
    private static partial Regex CommitPattern();
}
