using MlPlatform.Stacks.Previews;

namespace MlPlatform.Policies.Cli.Tests;

/// <summary>Runs the command in-process with captured output, from the repository root as ./build.sh does.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Pulumi.yaml")) && File.Exists(Path.Combine(dir.FullName, "MlPlatform.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException($"no repository root above {AppContext.BaseDirectory}");
        }
    }

    public static string Fixture(string name) => Path.Combine(Root, "data", "pulumi", "preview-json-samples", name);

    public static CliRun Of(params string[] args) => WithInput(null, args);

    /// <summary>Runs with <paramref name="standardInput"/> as what <c>-</c> reads.</summary>
    public static CliRun WithInput(byte[]? standardInput, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var input = new MemoryStream(standardInput ?? []);
        var code = PolicyCommand.Run(args, stdout, stderr, Root, input);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public static string TempFile(string content, string extension = ".json")
    {
        var path = Path.Combine(Path.GetTempPath(), $"policy-cli-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>
    /// A preview of node groups and a budget in the real AWS schema, written with the shared writer. The budget notifies
    /// an SNS topic not created yet (unknown at its leaf, as a real preview shows it) at actual 80 % and at
    /// <paramref name="forecastThresholds"/> of forecast spend.
    /// </summary>
    public static string Preview(string stack, int gpuNodes, string budgetUsd, string gpuType = "g6.xlarge", int[]? forecastThresholds = null)
    {
        var steps = new List<PreviewStep>();
        void Add(string type, string name, Dictionary<string, object?> inputs)
        {
            var urn = PulumiUrn.Create(stack, "mlplatform", type, name);
            steps.Add(new PreviewStep
            {
                Op = StepOps.Create,
                Urn = urn,
                NewState = new ResourceState { Urn = urn, Custom = true, Type = type, Inputs = PropertyValues.ToObject(inputs) },
            });
        }

        Add("aws:eks/cluster:Cluster", "eks", new() { ["vpcConfig"] = new Dictionary<string, object?> { ["endpointPublicAccess"] = false, ["endpointPrivateAccess"] = true } });
        Add("aws:eks/nodeGroup:NodeGroup", "l4-spot", new()
        {
            ["capacityType"] = "SPOT",
            ["instanceTypes"] = new[] { gpuType },
            ["scalingConfig"] = new Dictionary<string, object?> { ["minSize"] = 0, ["maxSize"] = gpuNodes, ["desiredSize"] = 0 },
            ["labels"] = new Dictionary<string, object?> { ["mlplatform.io/pool"] = "l4" },
            ["launchTemplate"] = new Dictionary<string, object?> { ["id"] = PropertyValues.UnknownString, ["version"] = "1" },
        });
        Add("aws:eks/nodeGroup:NodeGroup", "l4-ondemand", new()
        {
            ["capacityType"] = "ON_DEMAND",
            ["instanceTypes"] = new[] { gpuType },
            ["scalingConfig"] = new Dictionary<string, object?> { ["minSize"] = 0, ["maxSize"] = gpuNodes, ["desiredSize"] = 0 },
            ["labels"] = new Dictionary<string, object?> { ["mlplatform.io/pool"] = "l4" },
            ["launchTemplate"] = new Dictionary<string, object?> { ["id"] = PropertyValues.UnknownString, ["version"] = "1" },
        });
        var notifications = new[] { ("ACTUAL", 80) }.Concat((forecastThresholds ?? [100]).Select(t => ("FORECASTED", t)))
            .Select(n => new Dictionary<string, object?>
            {
                ["comparisonOperator"] = "GREATER_THAN",
                ["notificationType"] = n.Item1,
                ["threshold"] = n.Item2,
                ["thresholdType"] = "PERCENTAGE",
                ["subscriberEmailAddresses"] = Array.Empty<string>(),
                ["subscriberSnsTopicArns"] = PropertyValues.UnknownString,
            })
            .ToArray();
        Add("aws:budgets/budget:Budget", "env", new() { ["budgetType"] = "COST", ["timeUnit"] = "MONTHLY", ["limitAmount"] = budgetUsd, ["limitUnit"] = "USD", ["notifications"] = notifications });
        var document = new PreviewDocument
        {
            Config = new Dictionary<string, string> { ["aws:region"] = "us-east-1" },
            Steps = steps,
            ChangeSummary = PulumiJson.Summarize(steps),
        };
        return TempFile(PulumiJson.Write(document));
    }
}
