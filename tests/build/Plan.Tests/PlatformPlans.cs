using System.Collections.Concurrent;
using MlPlatform.Infra;
using MlPlatform.Policies;
using MlPlatform.Stacks.Previews;

namespace MlPlatform.Plan.Tests;

/// <summary>
/// The platform's stacks planned once per test class (a plan of the whole program takes seconds): the plan, the preview
/// JSON it writes as read back by the shared reader, and the policy hook's in-program report.
/// </summary>
public sealed class PlatformPlans
{
    private readonly ConcurrentDictionary<string, Lazy<Task<PlatformPlan>>> _plans = new(StringComparer.Ordinal);

    public Task<PlatformPlan> Of(string stack) => _plans.GetOrAdd(stack, s => new Lazy<Task<PlatformPlan>>(() => PlanAsync(s))).Value;

    private static async Task<PlatformPlan> PlanAsync(string stack)
    {
        PlatformStack? program = null;
        var plan = await PlanRunner.RunAsync(PlanFixture.Root, stack, hooks => program = new PlatformStack(hooks));
        var path = Path.Combine(Path.GetTempPath(), $"plan-{stack}-{Guid.NewGuid():N}.json");
        await PreviewJson.WriteAsync(plan, path);
        var report = await program!.PolicyHook.Completion;
        return new PlatformPlan(plan, PulumiJson.ReadFile(path), report);
    }
}

/// <summary>One planned stack.</summary>
public sealed record PlatformPlan(PlanResult Plan, PlanFile Json, PolicyReport InProgram)
{
    /// <summary>The inputs of the step whose URN ends with <paramref name="suffix"/>, as the JSON file has them.</summary>
    public System.Text.Json.Nodes.JsonObject Inputs(string suffix) =>
        Json.Preview!.Steps.Single(s => s.Urn.EndsWith(suffix, StringComparison.Ordinal)).NewState!.Inputs!;
}
