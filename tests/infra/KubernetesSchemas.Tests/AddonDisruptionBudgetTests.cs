using MlPlatform.Components.Kubernetes;

namespace MlPlatform.KubernetesSchemas.Tests;

/// <summary>
/// The budgets the Helm charts of a stack create are not in the plan (the releases render them in the cluster), so each
/// release's chart and values go through <see cref="ChartDisruptionBudgets"/>, the model of those charts' templates.
/// </summary>
public sealed class AddonDisruptionBudgetTests
{
    private const string ReleaseType = "kubernetes:helm.sh/v3:Release";

    public static TheoryData<string> Stacks => [.. StackVariants.CommittedStacks];

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task NoHelmReleaseOfTheStackCreatesABudgetThatBlocksANodeDrain(string stack)
    {
        var resources = await StackVariants.RenderAsync(StackVariants.Named(stack));
        var releases = resources.Where(r => r.Type == ReleaseType).ToList();
        var blocking = new List<string>();
        foreach (var release in releases)
        {
            var chart = Assert.IsType<string>(release.Input("chart"));
            var values = release.Input("values") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
            var map = values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!, StringComparer.Ordinal);
            blocking.AddRange(ChartDisruptionBudgets.Of(chart, map).Where(b => b.BlocksDrain).Select(b => $"{stack}: release {release.Name}: {b}"));
        }

        Assert.NotEmpty(releases);
        Assert.True(blocking.Count == 0, string.Join('\n', blocking));
    }
}
