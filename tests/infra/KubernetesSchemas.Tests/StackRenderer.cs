using MlPlatform.Infra;
using MlPlatform.Policies;
using MlPlatform.Stacks.Config;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.KubernetesSchemas.Tests;

/// <summary>
/// Runs the whole program for a <see cref="StackVariant"/> as a preview under the mock engine and returns every
/// resource as the program's policy hook read it: the args with their structure kept and unknowns only at the leaves
/// (the mock engine's own inputs drop a whole input that has an unknown anywhere inside). The mocks compute the few
/// provider-assigned outputs that Kubernetes objects carry (bucket names, role ARNs, identity client IDs), as the
/// cloud would: left unknown, they hide the structure of whatever the program builds from them in an Apply.
/// </summary>
internal static class StackRenderer
{
    public static async Task<IReadOnlyList<PolicyResource>> RenderAsync(StackVariant variant)
    {
        var file = StackFile.Load(RepositoryRoot.Path, variant.Stack);
        var values = new Dictionary<string, string>(file.Values);
        foreach (var (key, value) in variant.Overrides)
        {
            values[$"mlplatform:{key}"] = value;
        }

        using var scope = new StackConfigScope(values, file.SecretKeys);
        var mocks = new EchoMocks();
        mocks.ComputedOutputs["aws:s3/bucket:Bucket"] = a => new Dictionary<string, object>
        {
            ["bucket"] = $"{a.Inputs.GetValueOrDefault("bucketPrefix") ?? string.Empty}{a.Name}",
            ["arn"] = $"arn:aws:s3:::{a.Name}",
        };
        mocks.ComputedOutputs["aws:iam/role:Role"] = a => new Dictionary<string, object> { ["arn"] = $"arn:aws:iam::123456789012:role/{a.Name}" };
        mocks.ComputedOutputs["azure-native:managedidentity:UserAssignedIdentity"] = a => new Dictionary<string, object>
        {
            ["clientId"] = $"{a.Name}-client-id",
            ["principalId"] = $"{a.Name}-principal-id",
        };
        var resources = await Deployment.TestAsync<PlatformStack>(mocks, new TestOptions { ProjectName = "mlplatform", StackName = variant.Stack, IsPreview = true });
        var hook = resources.OfType<PlatformStack>().Single().PolicyHook;
        await hook.Completion;
        return hook.Resources;
    }
}
