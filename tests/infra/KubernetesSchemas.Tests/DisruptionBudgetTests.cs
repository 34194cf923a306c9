using System.Globalization;
using System.Text.Json.Nodes;
using MlPlatform.Policies;

namespace MlPlatform.KubernetesSchemas.Tests;

/// <summary>
/// A PodDisruptionBudget must let a node drain: one that allows no eviction of the Deployment it covers (minAvailable
/// at or above its replicas, maxUnavailable 0) holds every drain of the node its pod runs on until someone deletes it.
/// </summary>
public sealed class DisruptionBudgetTests
{
    private const string PdbType = "kubernetes:policy/v1:PodDisruptionBudget";
    private const string DeploymentType = "kubernetes:apps/v1:Deployment";

    public static TheoryData<string> Stacks => [.. StackVariants.CommittedStacks];

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task NoDisruptionBudgetOfTheStackBlocksANodeDrain(string stack)
    {
        var resources = await StackVariants.RenderAsync(StackVariants.Named(stack));
        var deployments = resources.Where(r => r.Type == DeploymentType).Select(r => (r.Name, Json: ObjectDocument.From(r.Inputs).Json)).ToList();
        var blocking = new List<string>();
        var budgets = resources.Where(r => r.Type == PdbType).ToList();
        foreach (var budget in budgets)
        {
            var pdb = ObjectDocument.From(budget.Inputs).Json;
            var covered = deployments.Where(d => Covers(pdb, d.Json)).ToList();
            Assert.True(covered.Count > 0, $"{stack}: PodDisruptionBudget {budget.Name} selects no Deployment");
            foreach (var (name, deployment) in covered)
            {
                var replicas = deployment["spec"]?["replicas"]?.GetValue<double>() ?? 1;
                // A Deployment scaled to zero has no pod to evict, so nothing of it can hold a drain.
                if (replicas > 0 && AllowedDisruptions(pdb["spec"]!.AsObject(), (int)replicas) < 1)
                {
                    blocking.Add($"{stack}: PodDisruptionBudget {budget.Name} allows no eviction of Deployment {name} ({replicas} replica(s)): {pdb["spec"]!.ToJsonString()}");
                }
            }
        }

        Assert.True(blocking.Count == 0, string.Join('\n', blocking));
    }

    [Theory]
    [InlineData("{\"minAvailable\":1}", 1, 0)]
    [InlineData("{\"minAvailable\":1}", 2, 1)]
    [InlineData("{\"maxUnavailable\":1}", 1, 1)]
    [InlineData("{\"maxUnavailable\":0}", 3, 0)]
    [InlineData("{\"minAvailable\":\"100%\"}", 4, 0)]
    [InlineData("{\"maxUnavailable\":\"25%\"}", 4, 1)]
    public void AllowedDisruptionsFollowKubernetesArithmetic(string spec, int replicas, int allowed)
    {
        Assert.Equal(allowed, AllowedDisruptions(JsonNode.Parse(spec)!.AsObject(), replicas));
    }

    // Percentages round up for minAvailable and maxUnavailable alike, as the disruption controller computes them.
    private static int AllowedDisruptions(JsonObject spec, int replicas)
    {
        if (spec["maxUnavailable"] is { } maxUnavailable)
        {
            return Math.Min(replicas, Count(maxUnavailable, replicas));
        }

        return spec["minAvailable"] is { } minAvailable ? Math.Max(0, replicas - Count(minAvailable, replicas)) : replicas;
    }

    private static int Count(JsonNode value, int replicas)
    {
        if (value.GetValueKind() == System.Text.Json.JsonValueKind.String)
        {
            var text = value.GetValue<string>();
            var percent = double.Parse(text.TrimEnd('%'), CultureInfo.InvariantCulture);
            return (int)Math.Ceiling(percent * replicas / 100);
        }

        return (int)value.GetValue<double>();
    }

    private static bool Covers(JsonNode pdb, JsonNode deployment)
    {
        if (pdb["metadata"]?["namespace"]?.ToJsonString() != deployment["metadata"]?["namespace"]?.ToJsonString())
        {
            return false;
        }

        var selector = pdb["spec"]?["selector"]?["matchLabels"]?.AsObject();
        var labels = deployment["spec"]?["template"]?["metadata"]?["labels"]?.AsObject();
        return selector is not null && labels is not null
            && selector.All(s => labels[s.Key]?.ToJsonString() == s.Value?.ToJsonString());
    }
}
