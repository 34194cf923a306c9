using MlPlatform.CostModel;
using MlPlatform.Stacks.Config;
using MlPlatform.Stacks.Previews;

namespace MlPlatform.Policies.Cli;

/// <summary>
/// Reads a preview or export, evaluates the pack on the resources after the change, prices before and after, prints a
/// table, writes the Markdown report, and exits 1 on mandatory violations (2 on unreadable input).
/// </summary>
public static class PolicyCommand
{
    public const int Passed = 0;
    public const int MandatoryViolations = 1;
    public const int BadInput = 2;

    /// <summary>
    /// Runs the command. <paramref name="standardInput"/> is what <c>-</c> reads (the console's when null);
    /// <paramref name="costs"/> replaces the price tables <c>--pricing</c>/<c>--list-prices</c> would load (hosts that
    /// evaluate many documents load them once).
    /// </summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, string workingDirectory, Stream? standardInput = null, CostCatalog? costs = null)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var options = PolicyOptions.Parse(args, out var usageError);
        if (options is null)
        {
            if (usageError is null)
            {
                stdout.WriteLine(PolicyOptions.Usage);
                return Passed;
            }

            stderr.WriteLine($"error: {usageError}");
            stderr.WriteLine(PolicyOptions.Usage);
            return BadInput;
        }

        try
        {
            var report = Evaluate(options, workingDirectory, standardInput, costs);
            stdout.Write(ReportWriter.Text(report));
            if (options.Report is { } reportPath)
            {
                stdout.WriteLine($"report: {Write(reportPath, ReportWriter.Markdown(report), workingDirectory)}");
            }

            if (options.ReportFull is { } fullPath)
            {
                stdout.WriteLine($"full report: {Write(fullPath, ReportWriter.Markdown(report, int.MaxValue), workingDirectory)}");
            }

            return report.Blocks ? MandatoryViolations : Passed;
        }
        catch (Exception e) when (e is PulumiJsonException or PriceDataException or StackConfigException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {OneLine(e.Message)}");
            return BadInput;
        }
#pragma warning disable CA1031 // The gate's contract is one line and exit 2 for any input; a defect must not print a trace into CI logs.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"error: internal error while evaluating {options.File ?? options.Stack}: {e.GetType().Name}: {OneLine(e.Message)} (please report it)");
            return BadInput;
        }
    }

    /// <summary>Builds the report for <paramref name="options"/> (public for tests and other hosts).</summary>
    internal static PolicyReport Evaluate(PolicyOptions options, string workingDirectory, Stream? standardInput = null, CostCatalog? loaded = null)
    {
        var costs = loaded ?? new CostCatalog(PriceCatalogLoader.LoadDirectory(options.PricingDirectory ?? PricingDirectory(workingDirectory)), ListPriceLoader.Load(options.ListPrices));
        if (options.File is null)
        {
            var config = ReadConfig(options.Stack!, options.ProjectDirectory ?? ProjectDirectory(workingDirectory), costs);
            return new PolicyReport($"config of stack {options.Stack}", PolicyContext.FromConfig(config, costs, options.Stack), ConfigCheck.Evaluate(config, costs, options.Stack), null);
        }

        var path = options.File == PulumiJson.StandardInput ? options.File : Path.GetFullPath(options.File, workingDirectory);
        var document = PolicyDocumentReader.ReadFile(path, standardInput);
        var context = options.Stack is { } stack
            ? ContextFromStack(stack, options.ProjectDirectory ?? ProjectDirectory(workingDirectory), costs)
            : ContextFromFile(document, costs);
        var after = PolicyEvaluator.Default.Evaluate(document.After, context);
        var shown = path == PulumiJson.StandardInput ? "from standard input" : Path.GetFileName(path);
        if (document.Kind != PlanFileKind.Preview)
        {
            return new PolicyReport($"stack export {shown}", context, after, null);
        }

        // The pack on the stack as it was, so that only what the change brings can block it.
        var before = PolicyEvaluator.Default.Evaluate(document.Before, context);
        return new PolicyReport($"preview {shown}", context, after, before.Costs) { Before = before, Operations = document.Operations };
    }

    private static PolicyContext ContextFromStack(string stack, string projectDirectory, CostCatalog costs) =>
        PolicyContext.FromConfig(ReadConfig(stack, projectDirectory, costs), costs, stack);

    private static PlatformConfig ReadConfig(string stack, string projectDirectory, CostCatalog costs)
    {
        var stackFile = Path.Combine(projectDirectory, $"Pulumi.{stack}.yaml");
        if (!File.Exists(stackFile))
        {
            throw new FileNotFoundException($"stack '{stack}': {stackFile} does not exist (stacks here: {string.Join(", ", StackFile.StacksIn(projectDirectory))})", stackFile);
        }

        var values = StackFile.Load(projectDirectory, stack).Namespace(StackConfigReader.Namespace);
        return StackConfigReader.Read(values, stack, costs.Gpu);
    }

    /// <summary>Without a stack: no limits; cloud from the resource types, region from the file's config or provider.</summary>
    private static PolicyContext ContextFromFile(PolicyDocument document, CostCatalog costs)
    {
        var states = document.After.Concat(document.Before).Concat(document.Providers).ToList();
        var cloud = states.Any(s => s.Type.StartsWith("azure-native:", StringComparison.Ordinal)) ? Cloud.Azure : Cloud.Aws;
        var region = document.Config.GetValueOrDefault(cloud == Cloud.Aws ? "aws:region" : "azure-native:location")
            ?? document.Providers.Select(p => Values.AsString(p.Input("region")) ?? Values.AsString(p.Input("location"))).FirstOrDefault(r => !string.IsNullOrEmpty(r))
            ?? states.Select(s => Values.AsString(s.Outputs.GetValueOrDefault("region"))).FirstOrDefault(r => !string.IsNullOrEmpty(r))
            ?? (cloud == Cloud.Aws ? "us-east-1" : "eastus");
        var stack = states.Select(s => PulumiUrn.StackOf(s.Urn)).FirstOrDefault(s => s.Length > 0) ?? "unknown";
        var project = states.Select(s => s.Urn.Split("::")).Where(p => p.Length > 1).Select(p => p[1]).FirstOrDefault() ?? "mlplatform";
        return new PolicyContext(stack, stack, cloud, region, PolicyLimits.None, costs, Project: project);
    }

    private static string Write(string path, string content, string workingDirectory)
    {
        var full = Path.GetFullPath(path, workingDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");

    private static string PricingDirectory(string workingDirectory) =>
        PriceCatalogLoader.DefaultDirectory(workingDirectory, AppContext.BaseDirectory);

    private static string ProjectDirectory(string workingDirectory)
    {
        for (var dir = new DirectoryInfo(workingDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pulumi.yaml")))
            {
                return dir.FullName;
            }
        }

        throw new FileNotFoundException($"no Pulumi.yaml above '{workingDirectory}'; pass --project-dir");
    }
}
