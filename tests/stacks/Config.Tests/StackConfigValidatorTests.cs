using MlPlatform.Components;
using MlPlatform.Stacks.Config.Binding;
using MlPlatform.Stacks.Config.Rules;

namespace MlPlatform.Stacks.Config.Tests;

public sealed class StackConfigValidatorTests
{
    [Fact]
    public void ProblemsOfSeveralConceptsAndOfBindingAreReportedInOneException()
    {
        var values = new Dictionary<string, string>(StackFile.Load(RepositoryFiles.Root, "dev").Namespace(StackConfigReader.Namespace))
        {
            ["region"] = "xx-nowhere-1",
            ["teams"] = """[{"name":"vision","gpuQuota":2},{"name":"vision","gpuQuota":"many"}]""",
        };

        var e = Assert.Throws<StackConfigException>(() => StackConfigValidator.CloudNeutral.Read(values, "dev", RepositoryFiles.Prices));

        Assert.Contains(e.Errors, m => m.StartsWith("mlplatform:region ", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.StartsWith("mlplatform:teams[1].gpuQuota ", StringComparison.Ordinal));
        Assert.Contains(e.Errors, m => m.StartsWith("mlplatform:teams team name 'vision' is used 2 times", StringComparison.Ordinal));
    }

    [Fact]
    public void ALaterRuleDoesNotRepeatAPathAnEarlierOneReported()
    {
        var bound = StackConfigBinder.Bind(StackFile.Load(RepositoryFiles.Root, "dev").Namespace(StackConfigReader.Namespace), "dev");
        var validator = new StackConfigValidator([new FixedRule("first", "mlplatform:cluster.name", "a"), new FixedRule("second", "mlplatform:cluster.name", "b"), new FixedRule("third", "mlplatform:region", "c")]);

        var errors = validator.Validate(bound, RepositoryFiles.Prices);

        Assert.Equal(["mlplatform:cluster.name a", "mlplatform:region c"], errors.Select(e => e.ToString()));
    }

    private sealed class FixedRule(string concept, string path, string problem) : IConfigRule
    {
        public string Concept => concept;

        public IEnumerable<SpecError> Check(ConfigRuleContext context) => [new SpecError(path, problem)];
    }
}
