using System.Diagnostics;
using MlPlatform.CostModel;

namespace MlPlatform.Scheduler.Bench;

/// <summary>Runs the chosen benchmark sections (all three by default) and prints their figures.</summary>
internal static class BenchRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return 2;
        }

        var watch = Stopwatch.StartNew();
        var catalog = PriceCatalogLoader.LoadDirectory(PriceCatalogLoader.DefaultDirectory());
        var figures = new Figures();
        if (options.Runs("placement"))
        {
            await Console.Error.WriteLineAsync("[bench] placement").ConfigureAwait(false);
            PlacementBench.Run(catalog, figures);
        }

        if (options.Runs("http"))
        {
            await Console.Error.WriteLineAsync("[bench] http submits (sqlite)").ConfigureAwait(false);
            await HttpSubmitBench.RunAsync("sqlite", null, options.HttpSeconds, figures).ConfigureAwait(false);
            await Console.Error.WriteLineAsync("[bench] http submits (postgres)").ConfigureAwait(false);
            await HttpSubmitBench.RunAsync("postgres", TestPostgres.ConnectionString(), options.HttpSeconds, figures).ConfigureAwait(false);
        }

        if (options.Runs("trace"))
        {
            await Console.Error.WriteLineAsync("[bench] trace replay").ConfigureAwait(false);
            try
            {
                await TraceBench.RunAsync(catalog, options, figures, Console.Error).ConfigureAwait(false);
            }
            catch (Exception e) when (e is Simulation.TraceFormatException or FileNotFoundException or DirectoryNotFoundException)
            {
                // A bad trace file is one line naming the file, row and column: not a stack trace.
                await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
                return 2;
            }
        }

        figures.Add("Run", "bench_wall_seconds", watch.Elapsed.TotalSeconds, "s");
        figures.Print(Console.Out);
        if (options.JsonPath is { } path)
        {
            figures.WriteJson(path);
            await Console.Error.WriteLineAsync($"[bench] wrote {path}").ConfigureAwait(false);
        }

        return 0;
    }
}
