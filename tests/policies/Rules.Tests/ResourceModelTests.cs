using System.Text.Json.Nodes;
using MlPlatform.Stacks.Previews;

namespace MlPlatform.Policies.Tests;

public class ResourceModelTests
{
    [Fact]
    public void ExportResourcesBecomePlainValuesWithoutProviders()
    {
        var file = PulumiJson.ReadFile(Repository.Fixture("sample-export.json"));

        var resources = ResourceModel.After(file);

        Assert.DoesNotContain(resources, r => r.Type.StartsWith("pulumi:providers:", StringComparison.Ordinal));
        var bucket = Assert.Single(resources, r => r.Type == ResourceTypes.S3Bucket);
        Assert.Equal("docs", bucket.Name);
        Assert.Equal("private", Values.AsString(bucket.Input("acl")));
        Assert.False(bucket.Inputs.ContainsKey("__defaults"));
        Assert.Null(bucket.Input("serverSideEncryptionConfiguration"));
        Assert.Equal("AES256", Values.AsString(bucket.InputOrOutput("serverSideEncryptionConfiguration", "rule", "applyServerSideEncryptionByDefault", "sseAlgorithm")));
        var function = Assert.Single(resources, r => r.Type == "aws:lambda/function:Function");
        Assert.Equal(128m, Values.AsNumber(function.Input("memorySize")));
        Assert.NotNull(function.PropertyDependencies);
    }

    [Fact]
    public void DeletesLeaveTheAfterSetButStayInTheBeforeSet()
    {
        var file = PulumiJson.ReadFile(Repository.Fixture("sample-preview-deletes.json"));

        Assert.True(ResourceModel.Before(file).Count > ResourceModel.After(file).Count);
    }

    [Fact]
    public void UnknownsAndSecretsAreDecoded()
    {
        var node = JsonNode.Parse($$"""
            {"a": "{{PropertyValues.UnknownString}}",
             "b": {"{{PropertyValues.SignatureKey}}": "{{PropertyValues.SecretSignature}}", "plaintext": "\"hunter2\""},
             "c": {"{{PropertyValues.SignatureKey}}": "{{PropertyValues.SecretSignature}}", "ciphertext": "v1:abc"},
             "d": [1, true, null, {"e": "f"}],
             "g": {"h": "{{PropertyValues.SecretString}}" }
            }
            """);

        var value = ResourceModel.FromJson(node);

        Assert.True(Values.IsUnknown(Values.Get(value, "a")));
        Assert.Equal(new SecretValue("hunter2"), Values.AsMap(value)!["b"]);
        Assert.Equal(new SecretValue(null), Values.AsMap(value)!["c"]);
        // pulumi preview --json writes a secret as "[secret]" where it sits; its plaintext is not in the file.
        Assert.Equal(new SecretValue(null), Values.AsMap(Values.Get(value, "g"))!["h"]);
        var list = Values.AsList(Values.Get(value, "d"))!;
        Assert.Equal(1m, Values.AsNumber(list[0]));
        Assert.Equal(true, Values.AsBool(list[1]));
        Assert.Equal("f", Values.AsString(Values.Get(list[3], "e")));
    }

    [Theory]
    [InlineData("sample-preview-creates.json")]
    [InlineData("sample-preview-update.json")]
    [InlineData("sample-preview-deletes.json")]
    [InlineData("sample-export.json")]
    public void WholePackRunsOnRealCliOutput(string name)
    {
        var file = PulumiJson.ReadFile(Repository.Fixture(name));

        var result = PolicyEvaluator.Default.Evaluate(ResourceModel.After(file), Build.Context());

        // The sample bucket has no public access block, no TLS-only policy, and the stack no budget.
        Assert.Contains(result.Violations, v => v.RuleId == RuleIds.StoragePrivate && v.Measured == "no public access block");
        Assert.Contains(result.Violations, v => v.RuleId == RuleIds.StorageTlsOnly);
        Assert.Contains(result.Violations, v => v.RuleId == RuleIds.BudgetCoversEstimate && v.Measured == "no monthly cost budget");
        Assert.Single(result.Costs.Resources, c => c.Type == ResourceTypes.S3Bucket);
    }
}
