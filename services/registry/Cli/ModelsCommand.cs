using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Amazon.Runtime;
using Azure;
using Azure.Identity;

namespace MlPlatform.Registry.Cli;

/// <summary>
/// <c>./build.sh models register|promote|rollback|show|lineage …</c>. Exit 0 on success, 1 when a promotion gate fails
/// (nothing moved), 2 on bad input or an unreachable store (one line naming it, nothing moved).
/// </summary>
public static class ModelsCommand
{
    public const int Succeeded = 0;
    public const int GateFailed = 1;
    public const int BadInput = 2;

    public const string Usage = """
        usage: ./build.sh models <command> …
          register <store> <model> <dir|file> [--lineage k=v,…] [--metrics k=v,…] [--version V] [--who NAME]
          promote  <store> <model> <version> --to champion|challenger|<alias> [--gate 'accuracy>=0.92' …]
                   [--canary-metrics URL|FILE] [--max-error-rate-increase 0.01] [--max-p95-ratio 1.1]
                   [--min-canary-requests 100] [--reason TEXT] [--who NAME]
          rollback <store> <model> [--reason TEXT] [--who NAME]
          show     <store> <model> [--json]
          lineage  <store> <model> <version> [--json]
        <store>: a directory, s3://bucket/prefix or az://account/container/prefix
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Func<string, string?> environment, HttpClient? http = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(environment);
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Usage);
            return args.Count == 0 ? BadInput : Succeeded;
        }

        try
        {
            var rest = args.Skip(1).ToList();
            return args[0] switch
            {
                "register" => await RegisterAsync(rest, stdout, environment, time).ConfigureAwait(false),
                "promote" => await PromoteAsync(rest, stdout, environment, http, time).ConfigureAwait(false),
                "rollback" => await RollbackAsync(rest, stdout, environment, time).ConfigureAwait(false),
                "show" => await ShowAsync(rest, stdout, environment).ConfigureAwait(false),
                "lineage" => await LineageAsync(rest, stdout, environment).ConfigureAwait(false),
                _ => throw new RegistryException($"unknown command '{args[0]}' (register, promote, rollback, show, lineage)"),
            };
        }
        catch (Exception e) when (e is RegistryException or IOException or UnauthorizedAccessException or HttpRequestException or TaskCanceledException
            or AmazonServiceException or AmazonClientException or RequestFailedException or AuthenticationFailedException or CredentialUnavailableException)
        {
            stderr.WriteLine($"error: {Describe(e)}");
            return BadInput;
        }
    }

    private static async Task<int> RegisterAsync(List<string> args, TextWriter stdout, Func<string, string?> environment, TimeProvider? time)
    {
        var line = CommandLine.Parse(args, Set("--lineage", "--metrics", "--version", "--who"), Set());
        line.RequirePositional(3, "register <store> <model> <dir|file>");
        var lineage = new Dictionary<string, string>(LineageKeys.FromEnvironment(environment), StringComparer.Ordinal);
        foreach (var (key, value) in Pairs(line.Values("--lineage"), "--lineage"))
        {
            lineage[key] = value;
        }

        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in Pairs(line.Values("--metrics"), "--metrics"))
        {
            metrics[key] = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
                ? number
                : throw new RegistryException($"--metrics {key}={value}: the value is not a finite number");
        }

        var registry = Open(line.Positional[0], environment, time);
        var outcome = await registry.RegisterAsync(line.Positional[1], line.Positional[2], lineage, metrics, Who(line, environment), line.Value("--version")).ConfigureAwait(false);
        var record = outcome.Record;
        stdout.WriteLine(outcome.Created
            ? $"registered {record.Model} version {record.Version} ({record.Digest}, {record.Files.Length} file{(record.Files.Length == 1 ? string.Empty : "s")}) in {registry.Location}"
            : $"{record.Model} version {record.Version} already holds this content ({record.Digest}); nothing registered");
        stdout.WriteLine(record.Version);
        return Succeeded;
    }

    private static async Task<int> PromoteAsync(List<string> args, TextWriter stdout, Func<string, string?> environment, HttpClient? http, TimeProvider? time)
    {
        var line = CommandLine.Parse(args, Set("--to", "--gate", "--canary-metrics", "--max-error-rate-increase", "--max-p95-ratio", "--min-canary-requests", "--reason", "--who"), Set());
        line.RequirePositional(3, "promote <store> <model> <version> --to <alias>");
        var alias = line.Value("--to") ?? throw new RegistryException("promote needs --to champion|challenger|<alias>");
        var gates = line.Values("--gate").Select(GateExpression.Parse).ToImmutableArray();
        var tolerances = new CanaryTolerances(
            Number(line, "--max-error-rate-increase", CanaryTolerances.Default.MaxErrorRateIncrease),
            Number(line, "--max-p95-ratio", CanaryTolerances.Default.MaxP95Ratio),
            CanaryTolerances.Default.P95FloorSeconds,
            Number(line, "--min-canary-requests", CanaryTolerances.Default.MinRequests));
        IReadOnlyList<PrometheusSample>? samples = null;
        if (line.Value("--canary-metrics") is { } source)
        {
            samples = PrometheusText.Parse(await ReadMetricsAsync(source, http).ConfigureAwait(false), source);
        }

        var registry = Open(line.Positional[0], environment, time);
        var request = new PromotionRequest(line.Positional[1], line.Positional[2], alias, Who(line, environment), gates, samples, line.Value("--reason")) { Tolerances = tolerances };
        var outcome = await registry.PromoteAsync(request).ConfigureAwait(false);
        foreach (var gate in outcome.Gates)
        {
            stdout.WriteLine(gate);
        }

        if (outcome.Move is { } move)
        {
            stdout.WriteLine($"promoted {move}");
            return Succeeded;
        }

        stdout.WriteLine($"not promoted: {outcome.Gates.Count(g => !g.Passed)} gate(s) failed; {request.Model} {alias} unchanged");
        return GateFailed;
    }

    private static async Task<int> RollbackAsync(List<string> args, TextWriter stdout, Func<string, string?> environment, TimeProvider? time)
    {
        var line = CommandLine.Parse(args, Set("--reason", "--who"), Set());
        line.RequirePositional(2, "rollback <store> <model>");
        var move = await Open(line.Positional[0], environment, time).RollbackAsync(line.Positional[1], Who(line, environment), line.Value("--reason")).ConfigureAwait(false);
        stdout.WriteLine($"rolled back {move}");
        return Succeeded;
    }

    private static async Task<int> ShowAsync(List<string> args, TextWriter stdout, Func<string, string?> environment)
    {
        var line = CommandLine.Parse(args, Set(), Set("--json"));
        line.RequirePositional(2, "show <store> <model>");
        var summary = await Open(line.Positional[0], environment, null).ShowAsync(line.Positional[1]).ConfigureAwait(false);
        if (line.Has("--json"))
        {
            stdout.WriteLine(JsonSerializer.Serialize(summary, Json));
            return Succeeded;
        }

        stdout.WriteLine($"model {summary.Model}");
        stdout.WriteLine("aliases:" + (summary.Aliases.IsEmpty ? " none" : string.Empty));
        foreach (var (alias, version) in summary.Aliases)
        {
            stdout.WriteLine($"  {alias} → {version}");
        }

        stdout.WriteLine("versions:");
        foreach (var version in summary.Versions)
        {
            var aliases = summary.Aliases.Where(a => a.Value == version.Version).Select(a => a.Key).ToList();
            stdout.WriteLine($"  {version.Version}  {version.Digest}  {version.RegisteredAt:u}  by {version.RegisteredBy}{(aliases.Count > 0 ? $"  [{string.Join(", ", aliases)}]" : string.Empty)}");
        }

        stdout.WriteLine("audit:");
        foreach (var entry in summary.Audit)
        {
            stdout.WriteLine($"  {entry.At:u}  {entry.Who}  {entry.Action}{(entry.Alias is null ? string.Empty : $" {entry.Alias} {entry.From ?? "(unset)"} →")} {entry.To}{(entry.Reason is null ? string.Empty : $"  ({entry.Reason})")}");
        }

        return Succeeded;
    }

    private static async Task<int> LineageAsync(List<string> args, TextWriter stdout, Func<string, string?> environment)
    {
        var line = CommandLine.Parse(args, Set(), Set("--json"));
        line.RequirePositional(3, "lineage <store> <model> <version>");
        var record = await Open(line.Positional[0], environment, null).LineageAsync(line.Positional[1], line.Positional[2]).ConfigureAwait(false);
        if (line.Has("--json"))
        {
            stdout.WriteLine(JsonSerializer.Serialize(record, Json));
            return Succeeded;
        }

        stdout.WriteLine($"{record.Model} version {record.Version}  {record.Digest}");
        stdout.WriteLine($"registered {record.RegisteredAt:u} by {record.RegisteredBy}");
        foreach (var (key, value) in record.Lineage)
        {
            stdout.WriteLine($"  lineage {key} = {value}");
        }

        foreach (var (key, value) in record.Metrics)
        {
            stdout.WriteLine($"  metric  {key} = {value.ToString("R", CultureInfo.InvariantCulture)}");
        }

        foreach (var file in record.Files)
        {
            stdout.WriteLine($"  file    {file.Path}  {file.Size} bytes  sha256:{file.Sha256}");
        }

        return Succeeded;
    }

    private static ModelRegistry Open(string store, Func<string, string?> environment, TimeProvider? time) =>
        new(RegistryStores.Open(store, environment), time);

    private static async Task<string> ReadMetricsAsync(string source, HttpClient? http)
    {
        if (source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            using var owned = http is null ? new HttpClient { Timeout = TimeSpan.FromSeconds(10) } : null;
            var client = http ?? owned!;
            try
            {
                return await client.GetStringAsync(new Uri(source)).ConfigureAwait(false);
            }
            catch (HttpRequestException e)
            {
                throw new RegistryException($"--canary-metrics {source}: {e.Message}", e);
            }
        }

        return File.Exists(source) ? await File.ReadAllTextAsync(source).ConfigureAwait(false) : throw new RegistryException($"--canary-metrics {source}: no such file (give a URL or a metrics snapshot file)");
    }

    private static IEnumerable<(string Key, string Value)> Pairs(IEnumerable<string> lists, string option)
    {
        foreach (var item in lists.SelectMany(l => l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new RegistryException($"{option} '{item}' is not key=value");
            }

            yield return (item[..eq].Trim(), item[(eq + 1)..].Trim());
        }
    }

    private static double Number(CommandLine line, string option, double fallback) =>
        line.Value(option) is not { } text ? fallback
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0 ? value
        : throw new RegistryException($"{option} '{text}' is not a non-negative number");

    private static string Who(CommandLine line, Func<string, string?> environment) =>
        line.Value("--who") ?? environment("MLPLATFORM_USER") ?? Environment.UserName;

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);

    private static string Describe(Exception e) => e switch
    {
        AmazonServiceException s => $"the S3 store answered {(int)s.StatusCode} {s.ErrorCode}: {s.Message}",
        RequestFailedException r => $"the Azure store answered {r.Status} {r.ErrorCode}: {r.Message.Split('\n')[0]}",
        _ => e.Message.Split('\n')[0],
    };
}
