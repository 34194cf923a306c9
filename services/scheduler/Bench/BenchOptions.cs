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
    double HttpSeconds)
{
    public static BenchOptions Parse(string[] args)
    {
        string? json = null;
        var skipHttp = false;
        double reclaims = 0.05, checkpoint = 30, queueAge = 30, httpSeconds = 5;
        var pods = int.MaxValue;
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
                default: throw new ArgumentException($"unknown option '{args[i]}'; known: --json F, --skip-http, --reclaims-per-node-hour R, --checkpoint-minutes M, --queue-age-minutes M, --http-seconds S, --alibaba-pods N");
            }
        }

        return new BenchOptions(json, skipHttp, reclaims, checkpoint, queueAge, pods, httpSeconds);
    }
}
