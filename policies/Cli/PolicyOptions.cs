namespace MlPlatform.Policies.Cli;

/// <summary>The command line of <c>./build.sh policy</c>.</summary>
/// <param name="File">A <c>pulumi preview --json</c> or <c>pulumi stack export</c> file; without one, <paramref name="Stack"/>'s config alone is checked.</param>
/// <param name="Stack">The stack whose <c>Pulumi.&lt;stack&gt;.yaml</c> gives limits, teams and pools.</param>
/// <param name="Report">Where to write the Markdown report.</param>
/// <param name="ProjectDirectory">Where the stack files are (default: the nearest directory above the working directory with a Pulumi.yaml).</param>
/// <param name="PricingDirectory">GPU price tables (default: <c>MLPLATFORM_PRICING_DIR</c> or the repository's data/pricing).</param>
/// <param name="ListPrices">A replacement list-price CSV (default: <c>MLPLATFORM_LIST_PRICES</c> or the built-in table).</param>
internal sealed record PolicyOptions(string? File, string? Stack, string? Report, string? ProjectDirectory, string? PricingDirectory, string? ListPrices, string? ReportFull = null)
{
    public const string Usage = """
        usage: ./build.sh policy <preview.json|stack-export.json|-> [--stack S] [--report F.md]
                                 [--project-dir D] [--pricing DIR] [--list-prices F.csv]
               ./build.sh policy --stack S [--report F.md]     (the stack's config alone: pools, system pool, budget)
          Evaluates the policy pack and the cost model on the output of `pulumi preview --json` or `pulumi stack export`.
          -              read the document from standard input (`pulumi preview --json | ./build.sh policy -`)
          --stack        read limits, teams and pools from Pulumi.<S>.yaml (without it: no limits, region from the file)
          --report       write the Markdown report for a pull-request comment (kept under GitHub's 65,536-character
                         limit: most important rows first, then how many more)
          --report-full  write the whole Markdown report (for the job summary or an artifact)
          exit codes:    0 nothing the change brings violates a mandatory rule (pre-existing violations on resources
                         a preview leaves unchanged are listed, not blocking), 1 it does, 2 unreadable input or bad arguments
        """;

    /// <summary>Parses arguments; returns null and an error on bad usage.</summary>
    public static PolicyOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        string? file = null, stack = null, report = null, project = null, pricing = null, listPrices = null, reportFull = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                error = null;
                return null;
            }

            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (i + 1 >= args.Count)
                {
                    error = $"option {arg} needs a value";
                    return null;
                }

                var value = args[++i];
                switch (arg)
                {
                    case "--stack": stack = value; break;
                    case "--report": report = value; break;
                    case "--report-full": reportFull = value; break;
                    case "--project-dir": project = value; break;
                    case "--pricing": pricing = value; break;
                    case "--list-prices": listPrices = value; break;
                    default:
                        error = $"unknown option {arg}";
                        return null;
                }

                continue;
            }

            if (file is not null)
            {
                error = $"only one file may be given (got '{file}' and '{arg}')";
                return null;
            }

            file = arg;
        }

        if (file is null && stack is null)
        {
            error = "a preview or stack export file (or --stack for a config-only check) is required";
            return null;
        }

        error = null;
        return new PolicyOptions(file, stack, report, project, pricing, listPrices, reportFull);
    }
}
