namespace MlPlatform.Plan.Tests;

public sealed class ReplacementRulesTests
{
    [Fact]
    public void HelmReleaseIsReplacedOnlyWhenItsNameOrNamespaceChanges()
    {
        Assert.Equal(["name", "namespace"], ReplacementRules.ReplaceReasons("kubernetes:helm.sh/v3:Release", ["name", "namespace", "values", "version"]).ToArray());
        Assert.Empty(ReplacementRules.ReplaceReasons("kubernetes:helm.sh/v3:Release", ["values", "version", "metadata"]));
    }

    [Fact]
    public void KubernetesObjectsAreStillReplacedByTheirIdentity()
    {
        Assert.Equal(["metadata"], ReplacementRules.ReplaceReasons("kubernetes:apps/v1:Deployment", ["metadata", "spec"]).ToArray());
    }

    [Theory]
    [InlineData("aws:sqs/queue:Queue", "name", "messageRetentionSeconds")]
    [InlineData("aws:cloudwatch/eventRule:EventRule", "name", "eventPattern")]
    [InlineData("aws:cloudwatch/eventTarget:EventTarget", "rule", "arn")]
    public void InterruptionQueueAndRulesAreReplacedWhenTheirIdentityChanges(string type, string immutable, string mutable)
    {
        Assert.Equal([immutable], ReplacementRules.ReplaceReasons(type, [immutable, mutable]).ToArray());
    }
}
