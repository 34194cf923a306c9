using System.Collections.Immutable;
using MlPlatform.Stacks.Config;
using MlPlatform.Testing;
using Pulumi;
using Pulumi.Testing;

namespace MlPlatform.Infra.Tests;

/// <summary>Runs the whole program for a committed stack file, optionally with some mlplatform: keys replaced.</summary>
internal static class PlatformRun
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Pulumi.yaml")) && File.Exists(Path.Combine(dir.FullName, "Pulumi.dev.yaml")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("repository root not found");
        }
    }

    public static async Task<(ImmutableArray<Resource> Resources, EchoMocks Mocks)> RunAsync(
        string stack, IReadOnlyDictionary<string, string>? overrides = null, EngineAnswers answers = EngineAnswers.AtOnce, PlatformStackHooks? hooks = null)
    {
        var file = StackFile.Load(Root, stack);
        var values = new Dictionary<string, string>(file.Values);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            values[$"mlplatform:{key}"] = value;
        }

        var programDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var mocks = new EchoMocks
        {
            AnswerWhen = answers switch
            {
                EngineAnswers.OnThreadPool => Task.CompletedTask,
                EngineAnswers.AfterTheProgram => programDone.Task,
                _ => null,
            },
        };
        // What Azure computes for an identity. Without it, everything that carries a client ID (the service accounts'
        // workload-identity annotation) is unknown in a preview, and the mock sees no metadata at all, as with the real SDK.
        mocks.ComputedOutputs["azure-native:managedidentity:UserAssignedIdentity"] = a => new Dictionary<string, object>
        {
            ["clientId"] = $"{a.Name}-client-id",
            ["principalId"] = $"{a.Name}-principal-id",
        };
        // What S3 computes for a bucket's name (from bucketPrefix): without it the warmer's store URI, and so the whole
        // AWS warmer DaemonSet spec, is unknown in a preview.
        mocks.ComputedOutputs["aws:s3/bucket:Bucket"] = a => new Dictionary<string, object>
        {
            ["bucket"] = $"{a.Inputs.GetValueOrDefault("bucketPrefix") ?? string.Empty}{a.Name}",
        };
        // What IAM computes for a role: its ARN, which service accounts bound to the role carry as an annotation.
        mocks.ComputedOutputs["aws:iam/role:Role"] = a => new Dictionary<string, object>
        {
            ["arn"] = $"arn:aws:iam::123456789012:role/{a.Name}",
        };
        // What RDS computes for an instance: its DNS name, which the scheduler's connection string must carry.
        mocks.ComputedOutputs["aws:rds/instance:Instance"] = a => new Dictionary<string, object>
        {
            ["address"] = $"{a.Name}.abc123.us-east-1.rds.amazonaws.com",
            ["endpoint"] = $"{a.Name}.abc123.us-east-1.rds.amazonaws.com:5432",
            ["port"] = 5432,
        };
        // What Azure computes for a Flexible Server: its DNS name, which the scheduler's connection string must carry.
        mocks.ComputedOutputs["azure-native:dbforpostgresql:Server"] = a => new Dictionary<string, object>
        {
            ["fullyQualifiedDomainName"] = $"{a.Inputs["serverName"]}.postgres.database.azure.com",
            ["name"] = a.Inputs["serverName"],
        };
        // What the random provider computes for a password, so connection strings built from one are known in tests.
        mocks.ComputedOutputs["random:index/randomPassword:RandomPassword"] = a => new Dictionary<string, object>
        {
            ["result"] = $"generated-{a.Name}",
        };
        using var scope = new StackConfigScope(values, file.SecretKeys);
        var options = new TestOptions { ProjectName = "mlplatform", StackName = stack, IsPreview = true };
        var resources = await Deployment.TestWithServiceProviderAsync<PlatformStack>(mocks, new StackFactory(() =>
        {
            try
            {
                return hooks is null ? new PlatformStack() : new PlatformStack(hooks);
            }
            finally
            {
                programDone.TrySetResult();
            }
        }), options);
        return (resources, mocks);
    }

    /// <summary>Resource counts by type token, without the stack itself.</summary>
    public static ImmutableSortedDictionary<string, int> CountsByType(ImmutableArray<Resource> resources) =>
        resources.Where(r => r is not Stack).GroupBy(r => r.GetResourceType()).ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    // Builds the stack inside the run, as the runner asks a service provider for it.
    private sealed class StackFactory(Func<PlatformStack> create) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(PlatformStack) ? create() : null;
    }
}
