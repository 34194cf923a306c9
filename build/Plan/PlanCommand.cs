using Spectre.Console;

namespace MlPlatform.Plan;

/// <summary><c>plan &lt;stack&gt; [--root DIR] [--json FILE] [--against EXPORT]</c>: exit 0 planned, 1 the program failed, 2 bad input.</summary>
public static class PlanCommand
{
    public const string Usage = "usage: plan <stack> [--root DIR] [--json FILE] [--against STACK_EXPORT.json [--force]]";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        string? stack = null, json = null, against = null;
        var force = false;
        var root = Directory.GetCurrentDirectory();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--root" when i + 1 < args.Count:
                    root = args[++i];
                    break;
                case "--json" when i + 1 < args.Count:
                    json = args[++i];
                    break;
                case "--against" when i + 1 < args.Count:
                    against = args[++i];
                    break;
                case "--force":
                    force = true;
                    break;
                case "-h" or "--help":
                    console.WriteLine(Usage);
                    return 0;
                case var flag when flag.StartsWith("--", StringComparison.Ordinal):
                    return Fail(console, 2, $"unknown or incomplete option '{flag}'\n{Usage}");
                case var positional when stack is null:
                    stack = positional;
                    break;
                default:
                    return Fail(console, 2, $"unexpected argument '{args[i]}'\n{Usage}");
            }
        }

        if (stack is null)
        {
            return Fail(console, 2, $"missing stack name; stacks: {string.Join(", ", Stacks.Config.StackFile.StacksIn(root))}\n{Usage}");
        }

        try
        {
            var plan = await PlanRunner.RunAsync(root, stack).ConfigureAwait(false);
            if (against is not null)
            {
                var export = StackExportDiff.Load(against);
                if (!force)
                {
                    StackExportDiff.CheckSameStack(plan, export, against);
                }

                plan = StackExportDiff.Apply(plan, export);
            }

            PlanRenderer.Render(plan, console);
            if (json is not null)
            {
                await PreviewJson.WriteAsync(plan, json).ConfigureAwait(false);
                console.MarkupLine($"Wrote [bold]{Markup.Escape(json)}[/] (pulumi preview --json format)");
            }

            return 0;
        }
        catch (PlanException e)
        {
            return Fail(console, e.ExitCode, e.Message);
        }
    }

    private static int Fail(IAnsiConsole console, int code, string message)
    {
        // Written unwrapped: an error is one line per problem, whatever the terminal's width, so scripts can read it.
        console.Profile.Out.Writer.WriteLine($"error: {message}");
        return code;
    }
}
