using static MlPlatform.Policies.Tests.Build;

namespace MlPlatform.Policies.Tests;

public sealed class PolicyEvaluatorTests
{
    [Fact]
    public void ALargeStackEvaluatedInParallelGivesEveryViolationInRuleOrder()
    {
        // Above the parallel threshold: buckets without their configuration resources, node groups over a pool limit.
        var resources = Enumerable.Range(0, 3_000).Select(i => Resource(ResourceTypes.S3Bucket, $"b{i}", Map(("bucket", $"bucket-{i}"))))
            .Concat(Enumerable.Range(0, 3_000).Select(i => NodeGroup($"g{i}", "SPOT", ["g6.12xlarge"], 0, 4, pool: $"p{i % 7}")))
            .ToList();
        var context = Context(new PolicyLimits(MaxGpusPerPool: 8));

        var together = PolicyEvaluator.Default.Evaluate(resources, context);
        var oneByOne = PolicyEvaluator.Default.Rules.SelectMany(r => new PolicyEvaluator([r]).Evaluate(resources, context).Violations).ToList();

        Assert.True(together.Violations.Length > 6_000);
        Assert.Equal(oneByOne, together.Violations);
        Assert.Equal(PolicyEvaluator.Default.Rules.Where(r => PolicyEvaluator.EnforcementOf(r, context) != EnforcementLevel.Disabled).Select(r => r.Id), together.RulesEvaluated);
    }
}
