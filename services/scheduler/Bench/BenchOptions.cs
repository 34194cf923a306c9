using System.Globalization;

namespace MlPlatform.Scheduler.Bench;

/// <summary>Command-line settings of the benchmark run.</summary>
internal sealed record BenchOptions(
    string? JsonPath,
    bool SkipHttp,
    double ReclaimsPerNodeHour,
    double CheckpointMinutes,
    double QueueAgeMinutes,
    int AlibabaPods,
    double HttpSeconds,
    IReadOnlySet<string> Sections,
    string? OpenbFile = null,
    string? OpenbNodes = null,
    string? PolluxDirectory = null,
    double TargetUtilisation = 0.6,
    double MaxCompression = 1_024,
    double? OpenbCeilingScale = null)
{
    /// <summary>The benchmark sections, in the order they run.</summary>
    public static readonly IReadOnlyList<string> AllSections = ["placement", "http", "trace"];

    /// <summary>Whether <paramref name="section"/> runs: chosen by <c>--only</c> (all by default), minus <c>--skip-http</c>.</summary>
    public bool Runs(string section) => Sections.Contains(section) && !(section == "http" && SkipHttp);

    public static BenchOptions Parse(string[] args)
    {
        string? json = null;
        var skipHttp = false;
        double reclaims = 0.05, checkpoint = 30, queueAge = 30, httpSeconds = 5;
        var pods = int.MaxValue;
        string? openb = null, openbNodes = null, pollux = null;
        double target = 0.6, maxCompression = 1_024;
        double? ceilingScale = null;
        var sections = new HashSet<string>(AllSections, StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            double Number() => double.TryParse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0 ? v : throw new ArgumentException($"{args[i - 1]} needs a non-negative number");
            switch (args[i])
            {
                case "--json": json = Value(); break;
                case "--skip-http": skipHttp = true; break;
                case "--reclaims-per-node-hour": reclaims = Number(); break;
                case "--checkpoint-minutes": checkpoint = Number(); break;
                case "--queue-age-minutes": queueAge = Number(); break;
                case "--http-seconds": httpSeconds = Number(); break;
                case "--alibaba-pods": pods = (int)Number(); break;
                case "--only": sections = ParseSections(Value()); break;
                case "--openb": openb = Value(); break;
                case "--openb-nodes": openbNodes = Value(); break;
                case "--pollux": pollux = Value(); break;
                case "--target-utilisation": target = Number(); break;
                case "--max-compression": maxCompression = Math.Max(1, Number()); break;
                case "--openb-ceiling-scale": ceilingScale = Number(); break;
                default: throw new ArgumentException($"unknown option '{args[i]}'; known: --json F, --only {string.Join('|', AllSections)}[,...], --skip-http, --reclaims-per-node-hour R, --checkpoint-minutes M, --queue-age-minutes M, --http-seconds S, --alibaba-pods N, --openb FILE, --openb-nodes FILE, --pollux DIR, --target-utilisation U, --max-compression C, --openb-ceiling-scale S");
            }
        }

        if (target > 1)
        {
            throw new ArgumentException($"--target-utilisation is a fraction between 0 and 1 (got {target})");
        }

        if (ceilingScale is { } scale && (scale <= 0 || scale > 1))
        {
            throw new ArgumentException($"--openb-ceiling-scale is a fraction of the node list in (0, 1] (got {scale})");
        }

        return new BenchOptions(json, skipHttp, reclaims, checkpoint, queueAge, pods, httpSeconds, sections, openb, openbNodes, pollux, target, maxCompression, ceilingScale);
    }

    private static HashSet<string> ParseSections(string value)
    {
        var sections = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!AllSections.Contains(section))
            {
                throw new ArgumentException($"--only: unknown section '{section}'; known: {string.Join(", ", AllSections)}");
            }

            sections.Add(section);
        }

        return sections.Count > 0 ? sections : throw new ArgumentException("--only needs at least one section");
    }
}
